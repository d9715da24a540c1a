package org.eventdesk.domain.record;

import static org.eventdesk.domain.record.Fixtures.NOW;
import static org.eventdesk.domain.record.Fixtures.STRIKE_TEXT;
import static org.eventdesk.domain.record.Fixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may tick a record's facts as checked and comment on them, and for how long a tick holds. */
class FactReviewTest {
    private static final WorkflowStep.Actor EDITOR = new WorkflowStep.Actor("ed", Set.of(Role.EDITOR));
    private static final WorkflowStep.Actor REVIEWER =
            new WorkflowStep.Actor("rev", Set.of(Role.EDITOR, Role.REVIEWER));
    private static final WorkflowStep.Actor AUTHOR_REVIEWER =
            new WorkflowStep.Actor("rev2", Set.of(Role.EDITOR, Role.REVIEWER));

    private final Fixtures fixtures = new Fixtures();

    @BeforeEach
    void sources() {
        fixtures.addSource(1, "The Independent", STRIKE_TEXT);
    }

    private EventRecord submitted(String author) {
        EventRecord record = EventRecord.create(
                RecordInputs.ready(
                                "Strike on Kyiv",
                                span(1, STRIKE_TEXT, "targeting Kyiv"),
                                2,
                                span(1, STRIKE_TEXT, "two people were killed"))
                        .input(),
                fixtures,
                author,
                NOW);
        Fixtures.setId(record, 7);
        record.submit(author, NOW);
        return record;
    }

    @Test
    void aReviewerWhoDidNotWriteTheRevisionChecksAFactForItsContentNow() {
        EventRecord record = submitted("ed");

        FactCheck check = record.checkFact(REVIEWER, "figure-0123456789ab", "fp1", Optional.empty(), NOW);

        assertEquals("rev", check.by());
        assertEquals(7, check.recordId());
        assertTrue(check.holdsFor(record.getRevision(), "fp1"));
        assertFalse(check.holdsFor(record.getRevision(), "fp2"), "a changed fact is to be checked again");
        assertFalse(check.holdsFor(record.getRevision() + 1, "fp1"), "a new revision is checked anew");
        FactCheck again = record.checkFact(REVIEWER, "figure-0123456789ab", "fp2", Optional.of(check), NOW);
        assertSame(check, again, "a fact has one tick, renewed");
        assertTrue(again.holdsFor(record.getRevision(), "fp2"));
    }

    @Test
    void theAuthorAnEditorWithoutTheReviewerRoleAndARecordNotInReviewAreRefused() {
        EventRecord own = submitted("rev2");
        WorkflowException fourEyes = assertThrows(
                WorkflowException.class, () -> own.checkFact(AUTHOR_REVIEWER, "time", "fp", Optional.empty(), NOW));
        assertTrue(fourEyes.getMessage().startsWith("Four eyes"), fourEyes.getMessage());
        assertThrows(WorkflowException.class, () -> own.uncheckFact(AUTHOR_REVIEWER));
        assertThrows(WorkflowException.class, () -> own.commentOnFact(AUTHOR_REVIEWER, "time", "When", "fine", NOW));

        EventRecord other = submitted("ed");
        assertTrue(other.factReviewRefusal(EDITOR).orElseThrow().getMessage().contains("not a reviewer"));
        assertThrows(WorkflowException.class, () -> other.checkFact(EDITOR, "time", "fp", Optional.empty(), NOW));
        assertTrue(other.factReviewRefusal(REVIEWER).isEmpty());

        other.sendBack("rev", "fix it", other.getVersion(), NOW);
        assertTrue(other.factReviewRefusal(REVIEWER).orElseThrow().getMessage().contains("returned"));
        assertThrows(WorkflowException.class, () -> other.checkFact(REVIEWER, "time", "fp", Optional.empty(), NOW));
    }

    @Test
    void aCommentNeedsWordsWithinTheLimitAndKeepsWhatTheFactSaid() {
        EventRecord record = submitted("ed");

        FactComment comment =
                record.commentOnFact(REVIEWER, "figure-0123456789ab", "Killed: 2", "  The article says two.  ", NOW);
        assertEquals("The article says two.", comment.text());
        assertEquals("Killed: 2", comment.factWords());
        assertEquals("rev", comment.by());

        InvalidInputException empty = assertThrows(
                InvalidInputException.class, () -> record.commentOnFact(REVIEWER, "time", "When", "   ", NOW));
        assertEquals("text", empty.errors().get(0).field());
        InvalidInputException tooLong = assertThrows(
                InvalidInputException.class,
                () -> record.commentOnFact(REVIEWER, "time", "When", "x".repeat(FactComment.MAX_TEXT + 1), NOW));
        assertEquals("text", tooLong.errors().get(0).field());
        assertEquals(
                FactComment.MAX_FACT_WORDS,
                record.commentOnFact(REVIEWER, "summary", "w".repeat(500), "too long a summary", NOW)
                        .factWords()
                        .length());
    }
}
