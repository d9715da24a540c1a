package org.eventdesk.domain.record;

import static org.eventdesk.domain.record.Fixtures.NOW;
import static org.eventdesk.domain.record.Fixtures.STRIKE_TEXT;
import static org.eventdesk.domain.record.Fixtures.figure;
import static org.eventdesk.domain.record.Fixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Wording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workflow's rules on the record itself: transitions, readiness, four eyes, corrections. */
class WorkflowTest {
    private final Fixtures fixtures = new Fixtures();

    @BeforeEach
    void sources() {
        fixtures.addSource(1, "The Independent", STRIKE_TEXT);
    }

    private RecordInput ready(int killed) {
        return RecordInputs.ready(
                        "Strike on Kyiv",
                        span(1, STRIKE_TEXT, "targeting Kyiv"),
                        killed,
                        span(1, STRIKE_TEXT, "two people were killed"))
                .input();
    }

    private EventRecord draft(String by) {
        EventRecord record = EventRecord.create(ready(2), fixtures, by, NOW);
        Fixtures.setId(record, 7);
        return record;
    }

    @Test
    void aDraftMissingWhatReviewNeedsCannotBeSubmittedAndSaysWhatIsMissing() {
        EventRecord bare = EventRecord.create(
                new RecordInput(
                        null,
                        "Bare",
                        null,
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(figure("KILLED", Qualifier.EXACT, 2)),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null),
                fixtures,
                "editor",
                NOW);

        WorkflowException refused = assertThrows(WorkflowException.class, () -> bare.submit("editor", NOW));

        assertEquals(
                List.of(
                        "a type",
                        "a time",
                        "at least one place",
                        "at least one source (evidence quoting it)",
                        "evidence for figure 1 (KILLED)"),
                refused.missing().stream().map(Wording::english).toList());
        assertEquals(RecordStatus.DRAFT, bare.getStatus());
    }

    @Test
    void nobodyApprovesARevisionTheyAuthoredOrEdited() {
        EventRecord record = draft("editor");
        record.revise(ready(3), record.getVersion(), fixtures, "reviewer", NOW);
        record.submit("editor", NOW);

        assertThrows(WorkflowException.class, () -> record.approve("editor", record.getVersion(), NOW), "the author");
        WorkflowException edited =
                assertThrows(WorkflowException.class, () -> record.approve("reviewer", record.getVersion(), NOW));
        assertTrue(edited.getMessage().startsWith("Four eyes"), edited.getMessage());

        record.approve("reviewer2", record.getVersion(), NOW);
        assertEquals(RecordStatus.APPROVED, record.getStatus());
        assertEquals("reviewer2", record.getApprovedBy());
    }

    @Test
    void aReturnNeedsACommentAndGivesTheRecordBackToItsEditors() {
        EventRecord record = draft("editor");
        record.submit("editor", NOW);

        assertThrows(InvalidInputException.class, () -> record.sendBack("reviewer", " ", record.getVersion(), NOW));
        record.sendBack("reviewer", "Add the second source", record.getVersion(), NOW);

        assertEquals(RecordStatus.RETURNED, record.getStatus());
        record.revise(ready(3), record.getVersion(), fixtures, "editor", NOW);
        record.submit("editor", NOW);
        assertEquals(RecordStatus.SUBMITTED, record.getStatus());
    }

    @Test
    void onlyAnApprovedRevisionIsPublishedAndThenItNoLongerChanges() {
        EventRecord record = draft("editor");
        assertThrows(WorkflowException.class, () -> record.publish("editor", record.getVersion(), NOW));
        record.submit("editor", NOW);
        assertThrows(WorkflowException.class, () -> record.publish("editor", record.getVersion(), NOW));
        record.approve("reviewer", record.getVersion(), NOW);

        EventRecord.Publishing published = record.publish("editor", record.getVersion(), NOW);

        assertEquals(PublicationKind.PUBLISHED, published.kind());
        assertEquals(1, published.version());
        assertEquals("reviewer", published.approvedBy());
        WorkflowException frozen = assertThrows(
                WorkflowException.class, () -> record.revise(ready(5), record.getVersion(), fixtures, "editor", NOW));
        assertTrue(frozen.getMessage().contains("start a correction"), frozen.getMessage());
    }

    @Test
    void aCorrectionIsANewRevisionThatGoesThroughReviewAndPublishesVersionTwoWithItsNote() {
        EventRecord record = draft("editor");
        record.submit("editor", NOW);
        record.approve("reviewer", record.getVersion(), NOW);
        record.publish("editor", record.getVersion(), NOW);

        record.startCorrection("editor2", null, NOW);
        assertEquals(2, record.getRevision());
        assertEquals(RecordStatus.DRAFT, record.getStatus());
        record.revise(ready(3), record.getVersion(), fixtures, "editor2", NOW);
        WorkflowException noNote = assertThrows(WorkflowException.class, () -> record.submit("editor2", NOW));
        assertTrue(
                noNote.missing().get(0).english().startsWith("a public correction note"),
                noNote.missing().toString());
        record.noteCorrection("editor2", "The death toll rose to three.", NOW);
        record.submit("editor2", NOW);
        record.approve("editor", record.getVersion(), NOW);

        EventRecord.Publishing corrected = record.publish("editor", record.getVersion(), NOW);

        assertEquals(PublicationKind.CORRECTED, corrected.kind());
        assertEquals(2, corrected.version());
        assertEquals("The death toll rose to three.", corrected.note());
        assertEquals(2, record.getPublishedVersion());
    }

    @Test
    void theFirstAuthorOfAPublishedVersionMayApproveItsCorrectionIfTheyDidNotEditIt() {
        EventRecord record = draft("editor");
        record.submit("editor", NOW);
        record.approve("reviewer", record.getVersion(), NOW);
        record.publish("editor", record.getVersion(), NOW);
        record.startCorrection("editor2", "Typo in the title", NOW);
        record.submit("editor2", NOW);

        assertThrows(WorkflowException.class, () -> record.approve("editor2", record.getVersion(), NOW));
        record.approve("editor", record.getVersion(), NOW);
        assertFalse(record.getRevisionEditors().contains("editor"));
    }

    @Test
    void onlyUnpublishedRecordsAreSpikedAndOnlyPublishedOnesRetractedWithAReason() {
        EventRecord spiked = draft("editor");
        spiked.spike("editor", null, NOW);
        assertEquals(RecordStatus.SPIKED, spiked.getStatus());
        assertThrows(WorkflowException.class, () -> spiked.submit("editor", NOW));

        EventRecord published = draft("editor");
        published.submit("editor", NOW);
        published.approve("reviewer", published.getVersion(), NOW);
        published.publish("editor", published.getVersion(), NOW);
        assertThrows(WorkflowException.class, () -> published.spike("editor", null, NOW));
        assertThrows(InvalidInputException.class, () -> published.retract("reviewer", "", NOW));

        EventRecord.Publishing retraction = published.retract("reviewer", "The strike was misattributed.", NOW);

        assertEquals(PublicationKind.RETRACTED, retraction.kind());
        assertEquals(RecordStatus.RETRACTED, published.getStatus());
        assertEquals("The strike was misattributed.", published.getRetractionReason());
    }

    @Test
    void aScheduledPublicationLiesInTheFutureAndIsDueOnceItsTimeCame() {
        EventRecord record = draft("editor");
        record.submit("editor", NOW);
        record.approve("reviewer", record.getVersion(), NOW);

        assertThrows(
                InvalidInputException.class,
                () -> record.schedule("editor", NOW.minusSeconds(1), record.getVersion(), NOW));
        record.schedule("editor", NOW.plusSeconds(60), record.getVersion(), NOW);

        assertFalse(record.isDue(NOW.plusSeconds(59)));
        assertThrows(WorkflowException.class, () -> record.publishDue("scheduler", NOW.plusSeconds(59)));
        assertTrue(record.isDue(NOW.plusSeconds(60)));
        assertEquals(1, record.publishDue("editor", NOW.plusSeconds(60)).version());
    }

    @Test
    void aSnapshotDiffReadsAsFieldsChangedFromWhatToWhat() {
        EventRecord record = draft("editor");
        RecordSnapshot before = RecordSnapshot.of(record);
        record.revise(ready(3), record.getVersion(), fixtures, "editor", NOW);

        List<FieldChange> changes = RecordSnapshot.of(record).changesSince(before);

        assertEquals(1, changes.size());
        assertEquals("figures[0].value", changes.get(0).field());
        assertEquals("2", changes.get(0).before());
        assertEquals("3", changes.get(0).after());
        assertEquals(
                RecordSnapshot.of(record).fields(),
                RecordSnapshot.parse(RecordSnapshot.of(record).serialize()).fields());
    }

    /** What JPA does when someone else saves the record: its version moves on. */
    private static void savedByAnother(EventRecord record) {
        try {
            java.lang.reflect.Field version = EventRecord.class.getDeclaredField("version");
            version.setAccessible(true);
            version.setLong(record, record.getVersion() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void approveReturnAndPublishActOnlyOnTheVersionThePersonRead() {
        EventRecord record = draft("editor");
        record.submit("editor", NOW);
        long read = record.getVersion();
        savedByAnother(record);

        StaleRecordException stale =
                assertThrows(StaleRecordException.class, () -> record.approve("reviewer", read, NOW));
        assertEquals(read, stale.seenVersion());
        assertEquals(read + 1, stale.currentVersion());
        assertThrows(StaleRecordException.class, () -> record.sendBack("reviewer", "Fix it", read, NOW));
        assertEquals(RecordStatus.SUBMITTED, record.getStatus(), "nothing changed");

        record.approve("reviewer", record.getVersion(), NOW);
        long approved = record.getVersion();
        savedByAnother(record);
        assertThrows(StaleRecordException.class, () -> record.publish("editor", approved, NOW));
        assertEquals(RecordStatus.APPROVED, record.getStatus());
        record.publish("editor", record.getVersion(), NOW);
        assertEquals(RecordStatus.PUBLISHED, record.getStatus());
    }

    @Test
    void commentsReasonsAndNotesFitTheColumnsThatKeepThem() {
        EventRecord record = draft("editor");
        record.submit("editor", NOW);
        InvalidInputException longComment = assertThrows(
                InvalidInputException.class,
                () -> record.sendBack("reviewer", "x".repeat(RecordChange.MAX_COMMENT + 1), record.getVersion(), NOW));
        assertEquals("comment", longComment.errors().get(0).field());
        record.sendBack("reviewer", "x".repeat(RecordChange.MAX_COMMENT), record.getVersion(), NOW);

        EventRecord spiked = draft("editor");
        assertEquals(
                "reason",
                assertThrows(
                                InvalidInputException.class,
                                () -> spiked.spike("editor", "x".repeat(RecordChange.MAX_COMMENT + 1), NOW))
                        .errors()
                        .get(0)
                        .field());

        EventRecord published = draft("editor");
        published.submit("editor", NOW);
        published.approve("reviewer", published.getVersion(), NOW);
        published.publish("editor", published.getVersion(), NOW);
        String tooLong = "x".repeat(EventRecord.MAX_PUBLIC_NOTE + 1);
        assertEquals(
                "reason",
                assertThrows(InvalidInputException.class, () -> published.retract("reviewer", tooLong, NOW))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "note",
                assertThrows(InvalidInputException.class, () -> published.startCorrection("editor", tooLong, NOW))
                        .errors()
                        .get(0)
                        .field());
        published.startCorrection("editor", "x".repeat(EventRecord.MAX_PUBLIC_NOTE), NOW);
        assertThrows(InvalidInputException.class, () -> published.noteCorrection("editor", tooLong, NOW));
    }

    @Test
    void aCorrectionNoteThatFillsItsColumnStillFitsTheHistoryOfItsPublication() {
        String note = "n".repeat(EventRecord.MAX_PUBLIC_NOTE - 10);
        // What the workflow writes into the history when it publishes the correction.
        RecordChange change = new RecordChange(
                7, 2, ChangeAction.PUBLISHED, "editor", NOW, "version 2, correction: " + note, List.of());

        assertEquals(RecordChange.MAX_COMMENT, change.comment().length());
        assertTrue(change.comment().startsWith("version 2, correction: nnn"));
        assertTrue(change.comment().endsWith("…"));
    }

    @Test
    void eachStepReturnsItsHistoryEntryWithTheRevisionItBelongsTo() {
        EventRecord record = draft("editor");
        RecordChange submitted = record.submit("editor", NOW);
        assertEquals(ChangeAction.SUBMITTED, submitted.action());
        assertEquals("editor", submitted.by());
        assertEquals(7L, submitted.recordId());
        assertEquals(
                ChangeAction.RETURNED,
                record.sendBack("reviewer", "Name the district", record.getVersion(), NOW)
                        .action());
        record.submit("editor", NOW);
        record.approve("reviewer", record.getVersion(), NOW);
        EventRecord.Publishing first = record.publish("editor", record.getVersion(), NOW);
        assertEquals(ChangeAction.PUBLISHED, first.entry().action());
        assertEquals("version 1", first.entry().comment());

        RecordChange correction = record.startCorrection("editor2", "The toll rose.", NOW);
        assertEquals(2, correction.revision(), "a correction opens revision 2, and its entry belongs to it");
        assertEquals(ChangeAction.CORRECTION_STARTED, correction.action());
        record.submit("editor2", NOW);
        record.approve("reviewer", record.getVersion(), NOW);
        assertEquals(
                "version 2, correction: The toll rose.",
                record.publish("editor", record.getVersion(), NOW).entry().comment());
        EventRecord.Publishing retraction = record.retract("reviewer", " Wrong town. ", NOW);
        assertEquals(ChangeAction.RETRACTED, retraction.entry().action());
        assertEquals("Wrong town.", retraction.entry().comment());
    }

    @Test
    void aScheduleTheDeskCannotKeepGoesBackToApproved() {
        EventRecord record = draft("editor");
        record.submit("editor", NOW);
        record.approve("reviewer", record.getVersion(), NOW);
        record.schedule("editor", NOW.plusSeconds(60), record.getVersion(), NOW);

        RecordChange entry = record.abandonSchedule("editor", "the database was down", NOW.plusSeconds(61));

        assertEquals(ChangeAction.SCHEDULE_FAILED, entry.action());
        assertEquals("the database was down", entry.comment());
        assertEquals(RecordStatus.APPROVED, record.getStatus());
        assertEquals(null, record.getPublishAt());
        assertFalse(record.isDue(NOW.plusSeconds(3600)), "never due again until someone schedules it");
        assertThrows(WorkflowException.class, () -> record.abandonSchedule("editor", "again", NOW.plusSeconds(62)));
    }
}
