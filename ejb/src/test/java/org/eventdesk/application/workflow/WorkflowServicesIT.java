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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.eventdesk.domain.record.PublicationKind;
import org.eventdesk.domain.record.RecordQueue;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.WorkflowException;
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
        RecordView approved = as("wf-reviewer", REVIEWER, () -> workflow.approve(id));
        assertEquals(RecordStatus.APPROVED, approved.status());
        RecordView published = as("wf-editor", EDITOR, () -> workflow.publish(id));
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
        as("wf-reviewer", REVIEWER, () -> workflow.approve(id));
        RecordView corrected = as("wf-editor", EDITOR, () -> workflow.publish(id));

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

        WorkflowException refused =
                assertThrows(WorkflowException.class, () -> as("fe-reviewer", REVIEWER, () -> workflow.approve(id)));
        assertTrue(refused.getMessage().startsWith("Four eyes"), refused.getMessage());
        assertThrows(
                EJBAccessException.class,
                () -> as("fe-editor", EDITOR, () -> workflow.approve(id)),
                "editors do not approve");
        assertEquals(
                RecordStatus.SUBMITTED,
                as("fe-other", REVIEWER, () -> catalog.view(id)).status());
        assertEquals(
                RecordStatus.APPROVED,
                as("fe-other", REVIEWER, () -> workflow.approve(id)).status());
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
                refused.missing());
    }

    @Test
    void aReturnCarriesItsCommentAndEveryStepIsInTheHistory() throws Exception {
        RecordView created = draft("h-editor", "History");
        long id = created.id();
        as("h-editor", EDITOR, () -> workflow.submit(id));
        as("h-reviewer", REVIEWER, () -> workflow.sendBack(id, "Add a second source"));
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
        as("s-reviewer", REVIEWER, () -> workflow.approve(record.id()));
        as("s-editor", EDITOR, () -> workflow.publish(record.id()));
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
        as("sc-reviewer", REVIEWER, () -> workflow.approve(id));
        as("sc-editor", EDITOR, () -> workflow.schedule(id, Instant.now().plusSeconds(2)));
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
            as("race-reviewer", REVIEWER, () -> workflow.approve(record.id()));
            as(
                    "race-editor",
                    EDITOR,
                    () -> workflow.schedule(record.id(), Instant.now().plusMillis(1500)));
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
        assertTrue(as("q-editor", REVIEWER, () -> catalog.queueCounts()).get(RecordQueue.MY_DRAFTS) >= 1);
    }
}
