package org.eventdesk.domain.record;

import static org.eventdesk.domain.record.Fixtures.NOW;
import static org.eventdesk.domain.record.Fixtures.STRIKE_TEXT;
import static org.eventdesk.domain.record.Fixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.eventdesk.domain.shared.DomainException;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the record offers each person, and that the transitions keep to it: the screens and the API render
 * from {@link EventRecord#availableSteps}, so a step it offers as allowed must succeed and any other must be refused.
 */
class AvailableStepsTest {
    private static final WorkflowStep.Actor EDITOR = new WorkflowStep.Actor("ed", Set.of(Role.EDITOR));
    private static final WorkflowStep.Actor OTHER_EDITOR = new WorkflowStep.Actor("ed2", Set.of(Role.EDITOR));
    private static final WorkflowStep.Actor REVIEWER =
            new WorkflowStep.Actor("rev", Set.of(Role.EDITOR, Role.REVIEWER));
    private static final WorkflowStep.Actor ADMIN = new WorkflowStep.Actor("adm", Set.of(Role.ADMIN));

    private final Fixtures fixtures = new Fixtures();

    @BeforeEach
    void sources() {
        fixtures.addSource(1, "The Independent", STRIKE_TEXT);
    }

    private RecordInput input(boolean ready) {
        RecordInputs input = RecordInputs.ready(
                "Strike on Kyiv",
                span(1, STRIKE_TEXT, "targeting Kyiv"),
                2,
                span(1, STRIKE_TEXT, "two people were killed"));
        return (ready ? input : input.withoutTime()).input();
    }

    private EventRecord record(boolean ready, String by) {
        EventRecord record = EventRecord.create(input(ready), fixtures, by, NOW);
        Fixtures.setId(record, 7);
        return record;
    }

    private static Map<WorkflowStep, WorkflowStep.Option> offered(EventRecord record, WorkflowStep.Actor actor) {
        Map<WorkflowStep, WorkflowStep.Option> options = new EnumMap<>(WorkflowStep.class);
        record.availableSteps(actor, NOW).forEach(o -> options.put(o.step(), o));
        return options;
    }

    @Test
    void aDraftNotReadyOffersItsEditorSubmissionRefusedWithWhatItStillNeeds() {
        EventRecord draft = record(false, "ed");

        Map<WorkflowStep, WorkflowStep.Option> steps = offered(draft, EDITOR);

        assertEquals(Set.of(WorkflowStep.EDIT, WorkflowStep.SUBMIT, WorkflowStep.SPIKE), steps.keySet());
        assertFalse(steps.get(WorkflowStep.SUBMIT).allowed());
        assertEquals(
                List.of("a time"),
                steps.get(WorkflowStep.SUBMIT).missing().stream()
                        .map(Wording::english)
                        .toList());
        assertTrue(steps.get(WorkflowStep.SUBMIT).refusal().english().contains("it needs a time"));
        assertTrue(steps.get(WorkflowStep.EDIT).allowed());
        assertTrue(offered(draft, ADMIN).isEmpty(), "an admin without the editor's role is offered nothing");
    }

    @Test
    void aRefusalReadsInTheDesksLanguageWithTheStatusByItsLabel() {
        EventRecord draft = record(false, "ed");
        WorkflowStep.Option submit = offered(draft, EDITOR).get(WorkflowStep.SUBMIT);
        java.util.Locale ukrainian = java.util.Locale.forLanguageTag("uk");

        assertEquals(
                "Record 7 is not ready for review; it needs a time.",
                submit.refusal().english());
        assertEquals(
                "Запис 7 ще не готовий до перевірки; потрібно: час.",
                submit.refusal().in(ukrainian, Enum::name));

        DomainException approve = org.junit.jupiter.api.Assertions.assertThrows(
                DomainException.class, () -> draft.approve("rev", draft.getVersion(), NOW));
        assertEquals("Record 7 is draft; it cannot be approved.", approve.getMessage());
        assertEquals(
                "Запис 7 має статус «чернетка»; його не можна схвалити.",
                approve.wording().in(ukrainian, status -> "Чернетка"));
    }

    @Test
    void aSubmittedRecordOffersApprovalToAnotherReviewerAndRefusesItToItsOwnEditorSayingWhy() {
        EventRecord submitted = record(true, "rev");
        submitted.submit("rev", NOW);

        Map<WorkflowStep, WorkflowStep.Option> own = offered(submitted, REVIEWER);
        assertFalse(own.get(WorkflowStep.APPROVE).allowed());
        assertTrue(own.get(WorkflowStep.APPROVE).refusal().english().startsWith("Four eyes"), own.toString());
        assertTrue(own.get(WorkflowStep.RETURN).allowed(), "the author may still return it");
        assertFalse(own.containsKey(WorkflowStep.EDIT), "a record in review is not edited");

        WorkflowStep.Actor other = new WorkflowStep.Actor("rev2", Set.of(Role.EDITOR, Role.REVIEWER));
        assertTrue(offered(submitted, other).get(WorkflowStep.APPROVE).allowed());
        assertEquals(
                Set.of(WorkflowStep.SPIKE), offered(submitted, OTHER_EDITOR).keySet(), "no review for an editor");
    }

    @Test
    void aCorrectionNoteIsOfferedOnlyOnTheCorrectionOfAPublishedRecord() {
        EventRecord draft = record(true, "ed");
        assertFalse(offered(draft, EDITOR).containsKey(WorkflowStep.NOTE_CORRECTION));

        draft.submit("ed", NOW);
        draft.approve("rev", draft.getVersion(), NOW);
        draft.publish("ed", draft.getVersion(), NOW);
        assertEquals(
                Set.of(WorkflowStep.START_CORRECTION), offered(draft, EDITOR).keySet());
        assertEquals(
                Set.of(WorkflowStep.START_CORRECTION, WorkflowStep.RETRACT),
                offered(draft, REVIEWER).keySet());

        draft.startCorrection("ed", null, NOW);
        Map<WorkflowStep, WorkflowStep.Option> correcting = offered(draft, EDITOR);
        assertTrue(correcting.get(WorkflowStep.NOTE_CORRECTION).allowed());
        assertFalse(correcting.containsKey(WorkflowStep.SPIKE), "a published record is retracted, not spiked");
        assertFalse(correcting.get(WorkflowStep.SUBMIT).allowed(), "a correction needs its note before review");
    }

    /** A step taken in a walk, and by whom. */
    private record Taken(WorkflowStep step, WorkflowStep.Actor by) {}

    /**
     * Random walks through the workflow, from a draft that is ready for review or not: in every state, for every
     * person, each step is tried on a replayed copy of the record; it succeeds exactly when the record offered it
     * to that person as allowed.
     */
    @Test
    void everyStepSucceedsExactlyWhenTheRecordOfferedItAsAllowed() {
        List<WorkflowStep.Actor> people = List.of(EDITOR, OTHER_EDITOR, REVIEWER, ADMIN);
        Random random = new Random(20261129);
        int checked = 0;
        for (int walk = 0; walk < 40; walk++) {
            boolean readyAtFirst = random.nextBoolean();
            List<Taken> path = new ArrayList<>();
            for (int length = 0; length < 12; length++) {
                for (WorkflowStep.Actor person : people) {
                    for (WorkflowStep step : WorkflowStep.values()) {
                        EventRecord copy = replay(path, readyAtFirst);
                        boolean offered = copy.availableSteps(person, NOW).stream()
                                .anyMatch(o -> o.step() == step && o.allowed());
                        boolean succeeded = take(copy, new Taken(step, person));
                        if (person.roles().contains(step.role())) {
                            assertEquals(offered, succeeded, step + " by " + person + " after " + path);
                            checked++;
                        } else {
                            assertFalse(offered, step + " offered to " + person + " without the role");
                        }
                    }
                }
                WorkflowStep.Actor mover = people.get(random.nextInt(3));
                List<WorkflowStep.Option> allowed = replay(path, readyAtFirst).availableSteps(mover, NOW).stream()
                        .filter(WorkflowStep.Option::allowed)
                        .toList();
                if (allowed.isEmpty()) {
                    continue;
                }
                path.add(new Taken(allowed.get(random.nextInt(allowed.size())).step(), mover));
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    /** The record after the walk's steps, each by the person who took it. */
    private EventRecord replay(List<Taken> path, boolean readyAtFirst) {
        EventRecord record = record(readyAtFirst, "ed");
        for (int i = 0; i < path.size(); i++) {
            if (!take(record, path.get(i))) {
                fail(path.get(i) + " failed on replay after " + path.subList(0, i));
            }
        }
        return record;
    }

    private boolean take(EventRecord record, Taken taken) {
        String by = taken.by().username();
        try {
            switch (taken.step()) {
                case EDIT -> record.revise(input(true), record.getVersion(), fixtures, by, NOW);
                case SUBMIT -> record.submit(by, NOW);
                case NOTE_CORRECTION -> record.noteCorrection(by, "The toll changed.", NOW);
                case SPIKE -> record.spike(by, null, NOW);
                case APPROVE -> record.approve(by, record.getVersion(), NOW);
                case RETURN -> record.sendBack(by, "Check the toll.", record.getVersion(), NOW);
                case PUBLISH -> record.publish(by, record.getVersion(), NOW);
                case SCHEDULE -> record.schedule(by, NOW.plusSeconds(3600), record.getVersion(), NOW);
                case UNSCHEDULE -> record.unschedule(by, NOW);
                case START_CORRECTION -> record.startCorrection(by, "The toll changed.", NOW);
                case RETRACT -> record.retract(by, "Wrong place.", NOW);
            }
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }
}
