package org.eventdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The quality gate: the evaluation of {@link ExtractionEvaluation}, run as a test. Figures must reach the issue's
 * targets (recall at least 90 %, precision at least 85 %) on the development set and on the held-out set. The
 * other kinds must not fall below floors set under what they reach today (85 % on the development set; 60 % on
 * the held-out set, which is seven short articles, so one wrong actor moves it by six points), so a rule change that
 * breaks them shows here. Not a timed test: the benchmark is a separate command.
 *
 * <p>Drafts from the article ({@link EventEvaluation}) must reach the targets on the development set: at
 * least 90 % of the annotated events proposed, at least 85 % of their fields right, at most one proposal in ten
 * matching nothing. The held-out set's figures are printed, not asserted: it was never tuned on, so it is the
 * honest estimate, and seven articles are too few for a gate.
 */
class ExtractionQualityTest {

    @Test
    void draftsFromTheArticleMeetTheTargetsOnTheDevelopmentSet() {
        EventEvaluation.Report eval = EventEvaluation.evaluate(Shared.EXTRACTOR, ExtractionEvaluation.DEVELOPMENT);
        System.out.print(eval.table());
        System.out.print(EventEvaluation.evaluate(Shared.EXTRACTOR, ExtractionEvaluation.HELD_OUT)
                .table());
        assertTrue(eval.found() >= 0.90, "annotated events proposed " + eval.found() + "\n" + eval.notes);
        assertTrue(eval.fieldsRight() >= 0.85, "fields right " + eval.fieldsRight() + "\n" + eval.notes);
        assertTrue(
                eval.spuriousRate() <= 0.10, "proposals matching nothing " + eval.spuriousRate() + "\n" + eval.notes);
    }

    @Test
    void figuresMeetTheTargetsAndTheOtherKindsHoldTheirFloors() {
        for (String set : new String[] {ExtractionEvaluation.DEVELOPMENT, ExtractionEvaluation.HELD_OUT}) {
            ExtractionEvaluation.Report r = ExtractionEvaluation.evaluate(Shared.EXTRACTOR, set);
            System.out.println(r.table());
            ExtractionEvaluation.Score figures = r.get("figures");
            assertTrue(figures.recall() >= 0.90, set + " figure recall " + figures.recall());
            assertTrue(figures.precision() >= 0.85, set + " figure precision " + figures.precision());
            double floor = set.equals(ExtractionEvaluation.DEVELOPMENT) ? 0.85 : 0.60;
            for (String kind : new String[] {"times", "places", "actors", "quotes"}) {
                ExtractionEvaluation.Score s = r.get(kind);
                assertTrue(s.recall() >= floor, set + " " + kind + " recall " + s.recall());
                assertTrue(s.precision() >= floor, set + " " + kind + " precision " + s.precision());
            }
        }
    }
}
