package org.eventdesk.application.workflow;

import static org.eventdesk.application.workflow.Desk.EDITOR;
import static org.eventdesk.application.workflow.Desk.REVIEWER;
import static org.eventdesk.application.workflow.Desk.as;
import static org.eventdesk.application.workflow.Desk.ready;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.record.ChangeView;
import org.eventdesk.application.record.PresenceService;
import org.eventdesk.application.record.PublicationView;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.PublicationKind;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.RecordQueue;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.StaleRecordException;
import org.eventdesk.domain.record.WorkflowException;
import org.eventdesk.domain.shared.Wording;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The workflow on the real server: review, four eyes, publication log, corrections, schedule, presence. */
@ExtendWith(ArquillianExtension.class)
class WorkflowServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private SourceIngestService ingest;

    @Inject
    private RecordService records;

    @Inject
    private RecordCatalog catalog;

    @Inject
    private WorkflowService workflow;

    @Inject
    private PresenceService presence;

    private RecordView draft(String editor, String title) throws Exception {
        SourceDetails source = Desk.source(ingest, editor);
        return as(editor, EDITOR, () -> records.create(ready(source, title, 2)));
    }

    @Test
    void aRecordGoesFromDraftThroughReviewToPublishedAndItsCorrectionToVersionTwo() throws Exception {
        RecordView created = draft("wf-editor", "Cycle");
        long id = created.id();

        as("wf-editor", EDITOR, () -> workflow.submit(id));
        RecordView approved = as(
                "wf-reviewer",
                REVIEWER,
                () -> workflow.approve(id, catalog.view(id).version()));
        assertEquals(RecordStatus.APPROVED, approved.status());
        RecordView published = as(
                "wf-editor", EDITOR, () -> workflow.publish(id, catalog.view(id).version()));
        assertEquals(RecordStatus.PUBLISHED, published.status());
        assertEquals(1, published.workflow().publishedVersion());

        WorkflowException frozen = assertThrows(
                WorkflowException.class,
                () -> as(
                        "wf-editor",
                        EDITOR,
                        () -> records.update(
                                id, ready(Desk.source(ingest, "wf-editor"), "x", 3), published.version())));
        assertTrue(frozen.getMessage().contains("start a correction"), frozen.getMessage());

        as("wf-editor2", EDITOR, () -> workflow.startCorrection(id, "The toll rose to three."));
        RecordView draft2 = as("wf-editor2", EDITOR, () -> catalog.view(id));
        as(
                "wf-editor2",
                EDITOR,
                () -> records.update(id, ready(Desk.source(ingest, "wf-editor2"), "Cycle", 3), draft2.version()));
        as("wf-editor2", EDITOR, () -> workflow.submit(id));
        List<org.eventdesk.application.record.ChangeView.FieldView> diff =
                as("wf-reviewer", REVIEWER, () -> catalog.changesSincePublished(id));
        assertTrue(
                diff.stream()
                        .anyMatch(f -> f.field().equals("figures[0].value")
                                && "2".equals(f.before())
                                && "3".equals(f.after())),
                diff.toString());
        as("wf-reviewer", REVIEWER, () -> workflow.approve(id, catalog.view(id).version()));
        RecordView corrected = as(
                "wf-editor", EDITOR, () -> workflow.publish(id, catalog.view(id).version()));

        assertEquals(2, corrected.workflow().publishedVersion());
        List<PublicationView> log = as("wf-editor", EDITOR, () -> catalog.publications(id));
        assertEquals(
                List.of(PublicationKind.PUBLISHED, PublicationKind.CORRECTED),
                log.stream().map(PublicationView::kind).toList());
        assertEquals("The toll rose to three.", log.get(1).note());
        assertEquals("wf-reviewer", log.get(1).approvedBy());
        assertTrue(as("wf-editor", EDITOR, () -> catalog.verifyPublicationLog()).isEmpty(), "the hash chain is intact");
    }

    @Test
    void fourEyesHoldsOnTheServerAndTheRefusalSaysWhy() throws Exception {
        RecordView created = draft("fe-reviewer", "Own work");
        long id = created.id();
        as("fe-reviewer", REVIEWER, () -> workflow.submit(id));

        WorkflowException refused = assertThrows(
                WorkflowException.class,
                () -> as(
                        "fe-reviewer",
                        REVIEWER,
                        () -> workflow.approve(id, catalog.view(id).version())));
        assertTrue(refused.getMessage().startsWith("Four eyes"), refused.getMessage());
        assertThrows(
                EJBAccessException.class,
                () -> as(
                        "fe-editor",
                        EDITOR,
                        () -> workflow.approve(id, catalog.view(id).version())),
                "editors do not approve");
        assertEquals(
                RecordStatus.SUBMITTED,
                as("fe-other", REVIEWER, () -> catalog.view(id)).status());
        assertEquals(
                RecordStatus.APPROVED,
                as(
                                "fe-other",
                                REVIEWER,
                                () -> workflow.approve(id, catalog.view(id).version()))
                        .status());
    }

    @Test
    void aRecordNotReadyForReviewIsRefusedWithWhatItLacks() throws Exception {
        RecordView bare = as(
                "nr-editor",
                EDITOR,
                () -> records.create(new org.eventdesk.domain.record.RecordInput(
                        null, "Bare", null, null, null, null, null, null, null, null, null, null, null)));

        WorkflowException refused =
                assertThrows(WorkflowException.class, () -> as("nr-editor", EDITOR, () -> workflow.submit(bare.id())));

        assertEquals(
                List.of("a type", "a time", "at least one place", "at least one source (evidence quoting it)"),
                refused.missing().stream().map(Wording::english).toList());
    }

    @Test
    void aReturnCarriesItsCommentAndEveryStepIsInTheHistory() throws Exception {
        RecordView created = draft("h-editor", "History");
        long id = created.id();
        as("h-editor", EDITOR, () -> workflow.submit(id));
        as(
                "h-reviewer",
                REVIEWER,
                () -> workflow.sendBack(
                        id, "Add a second source", catalog.view(id).version()));
        RecordView returned = as("h-editor", EDITOR, () -> catalog.view(id));
        as(
                "h-editor",
                EDITOR,
                () -> records.update(
                        id, ready(Desk.source(ingest, "h-editor"), "History, fixed", 2), returned.version()));
        as("h-editor", EDITOR, () -> workflow.submit(id));

        List<ChangeView> history = as("h-editor", EDITOR, () -> catalog.history(id));

        assertEquals(
                List.of(
                        ChangeAction.CREATED,
                        ChangeAction.SUBMITTED,
                        ChangeAction.RETURNED,
                        ChangeAction.SAVED,
                        ChangeAction.SUBMITTED),
                history.stream().map(ChangeView::action).toList());
        assertEquals("Add a second source", history.get(2).comment());
        assertEquals("h-reviewer", history.get(2).by());
        ChangeView saved = history.get(3);
        assertTrue(
                saved.fields().stream()
                        .anyMatch(f -> f.field().equals("title")
                                && f.before().equals("History")
                                && f.after().equals("History, fixed")),
                saved.fields().toString());
        assertTrue(history.get(0).fields().stream()
                .anyMatch(f -> f.field().equals("figures[0].value") && f.after().equals("2")));
    }

    @Test
    void onlyPublishedRecordsAreRetractedAndOnlyUnpublishedOnesSpiked() throws Exception {
        RecordView spiked = draft("s-editor", "Spike me");
        assertEquals(
                RecordStatus.SPIKED,
                as("s-editor", EDITOR, () -> workflow.spike(spiked.id(), "duplicate"))
                        .status());
        assertThrows(
                WorkflowException.class, () -> as("s-reviewer", REVIEWER, () -> workflow.retract(spiked.id(), "no")));

        RecordView record = draft("s-editor", "Retract me");
        as("s-editor", EDITOR, () -> workflow.submit(record.id()));
        as(
                "s-reviewer",
                REVIEWER,
                () -> workflow.approve(record.id(), catalog.view(record.id()).version()));
        as(
                "s-editor",
                EDITOR,
                () -> workflow.publish(record.id(), catalog.view(record.id()).version()));
        assertThrows(WorkflowException.class, () -> as("s-editor", EDITOR, () -> workflow.spike(record.id(), "no")));
        assertThrows(
                EJBAccessException.class, () -> as("s-editor", EDITOR, () -> workflow.retract(record.id(), "reason")));

        RecordView retracted = as("s-reviewer", REVIEWER, () -> workflow.retract(record.id(), "Misattributed"));

        assertEquals(RecordStatus.RETRACTED, retracted.status());
        List<PublicationView> log = as("s-editor", EDITOR, () -> catalog.publications(record.id()));
        assertEquals(PublicationKind.RETRACTED, log.get(log.size() - 1).kind());
        assertEquals("Misattributed", log.get(log.size() - 1).note());
    }

    @Test
    void aScheduledPublicationHappensOnItsOwnOnceItsTimeComes() throws Exception {
        RecordView record = draft("sc-editor", "Scheduled");
        long id = record.id();
        as("sc-editor", EDITOR, () -> workflow.submit(id));
        as("sc-reviewer", REVIEWER, () -> workflow.approve(id, catalog.view(id).version()));
        as(
                "sc-editor",
                EDITOR,
                () -> workflow.schedule(
                        id, Instant.now().plusSeconds(2), catalog.view(id).version()));
        assertEquals(
                RecordStatus.SCHEDULED,
                as("sc-editor", EDITOR, () -> catalog.view(id)).status());

        RecordView after = null;
        for (int i = 0; i < 40; i++) {
            Thread.sleep(500);
            after = as("sc-editor", EDITOR, () -> catalog.view(id));
            if (after.status() == RecordStatus.PUBLISHED) {
                break;
            }
        }

        assertEquals(RecordStatus.PUBLISHED, after.status(), "the scheduler published it");
        List<PublicationView> log = as("sc-editor", EDITOR, () -> catalog.publications(id));
        assertEquals(1, log.size());
        assertEquals("sc-editor", log.get(0).by(), "published on behalf of whoever scheduled it");
    }

    @Test
    void twoServersPublishingTheSameDueRecordAtOncePublishItOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordView record = draft("race-editor", "Race " + i);
            as("race-editor", EDITOR, () -> workflow.submit(record.id()));
            as(
                    "race-reviewer",
                    REVIEWER,
                    () -> workflow.approve(
                            record.id(), catalog.view(record.id()).version()));
            as(
                    "race-editor",
                    EDITOR,
                    () -> workflow.schedule(
                            record.id(),
                            Instant.now().plusMillis(1500),
                            catalog.view(record.id()).version()));
            ids.add(record.id());
        }
        Thread.sleep(1600);
        ExecutorService servers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (long id : ids) {
                for (int server = 0; server < 4; server++) {
                    Callable<Boolean> attempt = () -> {
                        try {
                            return as("scheduler", EDITOR, () -> workflow.publishIfDue(id));
                        } catch (WorkflowException | jakarta.ejb.EJBException lost) {
                            return false;
                        }
                    };
                    attempts.add(servers.submit(attempt));
                }
            }
            for (Future<Boolean> attempt : attempts) {
                attempt.get();
            }
        } finally {
            servers.shutdown();
        }
        for (long id : ids) {
            List<PublicationView> log = as("race-editor", EDITOR, () -> catalog.publications(id));
            assertEquals(1, log.size(), "record " + id + " published exactly once");
        }
        assertTrue(
                as("race-editor", EDITOR, () -> catalog.verifyPublicationLog()).isEmpty());
    }

    @Test
    void othersSeeWhoHasARecordOpenAndAnAdminCanClearIt() throws Exception {
        RecordView record = draft("p-editor", "Presence");
        long id = record.id();

        assertTrue(as("p-editor", EDITOR, () -> presence.heartbeat(id)).isEmpty());
        List<PresenceService.Editing> seen = as("p-editor2", EDITOR, () -> presence.heartbeat(id));
        assertEquals(
                List.of("p-editor"),
                seen.stream().map(PresenceService.Editing::username).toList());

        assertThrows(
                EJBAccessException.class,
                () -> as("p-editor2", EDITOR, () -> {
                    presence.takeOver(id, "p-editor");
                    return null;
                }));
        as("p-admin", java.util.Set.of("ADMIN"), () -> {
            presence.takeOver(id, "p-editor");
            return null;
        });

        assertTrue(as("p-editor2", EDITOR, () -> presence.editing(id)).isEmpty());
        assertEquals(
                ChangeAction.TAKEN_OVER,
                as("p-editor", EDITOR, () -> catalog.history(id)).get(1).action());
    }

    @Test
    void queuesShowMyDraftsAndOthersWorkAwaitingMyReview() throws Exception {
        RecordView mine = draft("q-editor", "Queue mine");
        RecordView theirs = draft("q-other", "Queue theirs");
        as("q-other", EDITOR, () -> workflow.submit(theirs.id()));

        assertTrue(as("q-editor", REVIEWER, () -> catalog.queue(RecordQueue.MY_DRAFTS, 0, 200)).stream()
                .anyMatch(r -> r.id() == mine.id()));
        assertTrue(as("q-editor", REVIEWER, () -> catalog.queue(RecordQueue.AWAITING_REVIEW, 0, 200)).stream()
                .anyMatch(r -> r.id() == theirs.id()));
        assertFalse(
                as("q-other", REVIEWER, () -> catalog.queue(RecordQueue.AWAITING_REVIEW, 0, 200)).stream()
                        .anyMatch(r -> r.id() == theirs.id()),
                "never my own work");
        assertTrue(as("q-editor", REVIEWER, () -> catalog.queueCounts())
                        .get(RecordQueue.MY_DRAFTS)
                        .value()
                >= 1);
    }

    @Test
    void anApprovalIsOfTheVersionTheReviewerReadAndFourEyesStillHolds() throws Exception {
        // The author also holds the reviewer role: they are the one who could change it under the reviewer's eyes.
        RecordView created = draft("v-author", "Read, then changed");
        long id = created.id();
        as("v-author", REVIEWER, () -> workflow.submit(id));
        long read = as("v-reviewer", REVIEWER, () -> catalog.view(id)).version();

        as(
                "v-other",
                REVIEWER,
                () -> workflow.sendBack(id, "Check the toll", catalog.view(id).version()));
        RecordView returned = as("v-author", REVIEWER, () -> catalog.view(id));
        as(
                "v-author",
                REVIEWER,
                () -> records.update(
                        id, ready(Desk.source(ingest, "v-author"), "Read, then changed", 9), returned.version()));
        as("v-author", REVIEWER, () -> workflow.submit(id));

        StaleRecordException stale = assertThrows(
                StaleRecordException.class, () -> as("v-reviewer", REVIEWER, () -> workflow.approve(id, read)));
        assertEquals(read, stale.seenVersion());
        assertThrows(
                StaleRecordException.class,
                () -> as("v-reviewer", REVIEWER, () -> workflow.sendBack(id, "Looks fine to me", read)));
        RecordView now = as("v-reviewer", REVIEWER, () -> catalog.view(id));
        assertEquals(RecordStatus.SUBMITTED, now.status(), "nothing was approved or returned");

        WorkflowException fourEyes = assertThrows(
                WorkflowException.class, () -> as("v-author", REVIEWER, () -> workflow.approve(id, now.version())));
        assertTrue(fourEyes.getMessage().startsWith("Four eyes"), fourEyes.getMessage());
        RecordView approved = as("v-reviewer", REVIEWER, () -> workflow.approve(id, now.version()));
        assertEquals(RecordStatus.APPROVED, approved.status());

        assertThrows(
                StaleRecordException.class, () -> as("v-editor", EDITOR, () -> workflow.publish(id, now.version())));
        assertThrows(
                StaleRecordException.class,
                () -> as(
                        "v-editor",
                        EDITOR,
                        () -> workflow.schedule(id, Instant.now().plusSeconds(60), now.version())));
        assertEquals(
                RecordStatus.PUBLISHED,
                as("v-editor", EDITOR, () -> workflow.publish(id, approved.version()))
                        .status());
    }

    @Test
    void aCorrectionNoteThatFillsItsColumnIsPublishedAndItsHistoryKeepsItsStart() throws Exception {
        RecordView created = draft("cn-editor", "Long note");
        long id = created.id();
        as("cn-editor", EDITOR, () -> workflow.submit(id));
        as("cn-reviewer", REVIEWER, () -> workflow.approve(id, catalog.view(id).version()));
        as("cn-editor", EDITOR, () -> workflow.publish(id, catalog.view(id).version()));
        String note = "The toll was revised. " + "n".repeat(EventRecord.MAX_PUBLIC_NOTE - 22);

        as("cn-editor2", EDITOR, () -> workflow.startCorrection(id, note));
        as("cn-editor2", EDITOR, () -> workflow.submit(id));
        as("cn-reviewer", REVIEWER, () -> workflow.approve(id, catalog.view(id).version()));
        RecordView corrected = as(
                "cn-editor", EDITOR, () -> workflow.publish(id, catalog.view(id).version()));

        assertEquals(2, corrected.workflow().publishedVersion());
        List<PublicationView> log = as("cn-editor", EDITOR, () -> catalog.publications(id));
        assertEquals(note, log.get(1).note(), "the publication keeps the whole note");
        ChangeView published = as("cn-editor", EDITOR, () -> catalog.history(id)).stream()
                .filter(c -> c.action() == ChangeAction.PUBLISHED)
                .reduce((first, second) -> second)
                .orElseThrow();
        assertTrue(published.comment().startsWith("version 2, correction: The toll was revised."));
        assertEquals(RecordChange.MAX_COMMENT, published.comment().length());
    }

    /**
     * A scheduled record the desk cannot publish (here its stored zone is one the runtime does not know, as after a
     * time-zone database dropped it) is tried a few times, then goes back to approved with the reason in its history,
     * instead of being tried every five seconds for ever.
     */
    @Test
    void theSchedulerGivesUpOnAPublicationThatCannotSucceedAndLeavesTheRecordToAPerson() throws Exception {
        RecordView record = draft("sf-editor", "Cannot publish");
        long id = record.id();
        as("sf-editor", EDITOR, () -> workflow.submit(id));
        as("sf-reviewer", REVIEWER, () -> workflow.approve(id, catalog.view(id).version()));
        as(
                "sf-editor",
                EDITOR,
                () -> workflow.schedule(
                        id, Instant.now().plusSeconds(1), catalog.view(id).version()));
        sql("update event_record set time_zone = 'Atlantis/Poseidonia' where id = ?", id);
        try {
            String status = null;
            for (int i = 0; i < 60 && !"APPROVED".equals(status); i++) {
                Thread.sleep(1000);
                status = text("select status from event_record where id = ?", id);
            }
            assertEquals("APPROVED", status, "taken back from the schedule");
            assertEquals(null, text("select publish_at from event_record where id = ?", id));
            assertEquals("0", text("select count(*) from publication where record_id = ?", id), "nothing published");
            String why = text(
                    "select change_comment from record_change where record_id = ? and action = 'SCHEDULE_FAILED'", id);
            assertTrue(why.contains("failed 3 times in a row") && why.contains("Atlantis/Poseidonia"), why);
            Thread.sleep(6000);
            assertEquals(
                    "1",
                    text("select count(*) from record_change where record_id = ? and action = 'SCHEDULE_FAILED'", id),
                    "given up once, not tried again");
        } finally {
            sql("update event_record set time_zone = 'Europe/Kyiv' where id = ?", id);
        }
        RecordView back = as("sf-editor", EDITOR, () -> catalog.view(id));
        assertEquals(RecordStatus.APPROVED, back.status());
        assertEquals(
                RecordStatus.PUBLISHED,
                as("sf-editor", EDITOR, () -> workflow.publish(id, back.version()))
                        .status(),
                "a person publishes it once the cause is fixed");
    }

    /** The test reaches past the model on purpose: it makes a stored record unpublishable, as bad data would. */
    private static void sql(String statement, long id) throws Exception {
        try (Connection db = dataSource().getConnection();
                PreparedStatement update = db.prepareStatement(statement)) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }

    private static String text(String query, long id) throws Exception {
        try (Connection db = dataSource().getConnection();
                PreparedStatement select = db.prepareStatement(query)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/EventDeskDS");
    }
}
