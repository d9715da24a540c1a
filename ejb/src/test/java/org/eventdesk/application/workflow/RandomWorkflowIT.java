package org.eventdesk.application.workflow;

import static org.eventdesk.application.workflow.Desk.EDITOR;
import static org.eventdesk.application.workflow.Desk.REVIEWER;
import static org.eventdesk.application.workflow.Desk.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.record.ChangeView;
import org.eventdesk.application.record.PublicationView;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.record.RecordView;
import org.eventdesk.application.record.WorkflowService;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.application.source.SourceIngestService;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.PublicationKind;
import org.eventdesk.domain.record.WorkflowStep;
import org.eventdesk.domain.shared.DomainException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ten thousand random workflow steps by four people (two editors, two reviewers) on a handful of records,
 * every operation included and some of them run two at a time on the same record. After every step the
 * invariants are checked on what the server stored:
 *
 * <ul>
 *   <li>nothing is published without an approver who did not author or edit that revision;
 *   <li>a published version, once seen, stays the same to the byte, and the log's hash chain holds;
 *   <li>the history is complete: every step that succeeded is in it, once, and nothing else is.
 * </ul>
 *
 * The seed is printed; {@code -Drandom.seed=<n>} replays a run.
 */
@ExtendWith(ArquillianExtension.class)
class RandomWorkflowIT {
    private static final int STEPS = Integer.getInteger("random.steps", 10_000);
    private static final List<String> EDITORS = List.of("rnd-editor-a", "rnd-editor-b");
    private static final List<String> REVIEWERS = List.of("rnd-reviewer-a", "rnd-reviewer-b");

    enum Op {
        CREATE(null),
        SAVE(WorkflowStep.EDIT),
        SUBMIT(WorkflowStep.SUBMIT),
        APPROVE(WorkflowStep.APPROVE),
        RETURN(WorkflowStep.RETURN),
        PUBLISH(WorkflowStep.PUBLISH),
        SCHEDULE(WorkflowStep.SCHEDULE),
        UNSCHEDULE(WorkflowStep.UNSCHEDULE),
        SPIKE(WorkflowStep.SPIKE),
        RETRACT(WorkflowStep.RETRACT),
        CORRECT(WorkflowStep.START_CORRECTION),
        NOTE(WorkflowStep.NOTE_CORRECTION),
        COMMENT(null);

        /** The step the record offers for this operation, if it is one. */
        final WorkflowStep step;

        Op(WorkflowStep step) {
            this.step = step;
        }
    }

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

    /** What the test knows happened to each record. */
    private static final class Known {
        int historyEntries;
        final Map<Integer, Set<String>> editorsByRevision = new HashMap<>();
        final Map<String, String> sealed = new HashMap<>();
    }

    private final Map<Long, Known> known = new HashMap<>();
    private final Map<Op, int[]> outcomes = new EnumMap<>(Op.class);
    private SourceDetails source;

    @Test
    void tenThousandRandomStepsKeepTheWorkflowsInvariants() throws Exception {
        long seed = Long.getLong("random.seed", System.nanoTime());
        System.out.println("RandomWorkflowIT seed " + seed + ", " + STEPS + " steps");
        Random random = new Random(seed);
        source = Desk.source(ingest, EDITORS.get(0));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(create(EDITORS.get(i % 2)));
        }
        ExecutorService pair = Executors.newFixedThreadPool(2);
        try {
            for (int step = 0; step < STEPS; step++) {
                if (random.nextInt(40) == 0) {
                    ids.add(create(EDITORS.get(random.nextInt(2))));
                }
                // Mostly the newest records: older ones end up retracted or spiked and refuse nearly everything.
                int window = Math.min(ids.size(), 15);
                long id = random.nextInt(5) == 0
                        ? ids.get(random.nextInt(ids.size()))
                        : ids.get(ids.size() - 1 - random.nextInt(window));
                if (step % 25 == 0) {
                    Op first = randomOp(random);
                    Op second = randomOp(random);
                    String firstUser = user(random, first);
                    String secondUser = user(random, second);
                    Future<?> a = pair.submit(() -> run(first, id, firstUser, random.nextInt(1000), false));
                    Future<?> b = pair.submit(() -> run(second, id, secondUser, random.nextInt(1000), false));
                    a.get();
                    b.get();
                } else {
                    Op op = randomOp(random);
                    run(op, id, user(random, op), random.nextInt(1000), true);
                }
                checkRecord(id, step);
                if (step % 1000 == 999) {
                    checkAll(step);
                }
            }
        } finally {
            pair.shutdown();
        }
        checkAll(STEPS);
        System.out.println("RandomWorkflowIT outcomes (succeeded / refused by a rule): " + describe());
        for (Op op : new Op[] {Op.SUBMIT, Op.APPROVE, Op.RETURN, Op.PUBLISH, Op.RETRACT, Op.CORRECT, Op.SAVE}) {
            assertTrue(outcomes.get(op)[0] > 0, op + " succeeded at least once: " + describe());
        }
    }

    private static Op randomOp(Random random) {
        Op[] ops = {
            Op.SAVE,
            Op.SAVE,
            Op.SUBMIT,
            Op.SUBMIT,
            Op.APPROVE,
            Op.APPROVE,
            Op.RETURN,
            Op.PUBLISH,
            Op.PUBLISH,
            Op.SCHEDULE,
            Op.UNSCHEDULE,
            Op.SPIKE,
            Op.RETRACT,
            Op.CORRECT,
            Op.CORRECT,
            Op.NOTE,
            Op.NOTE,
            Op.COMMENT
        };
        return random.nextInt(200) == 0 ? Op.SPIKE : ops[random.nextInt(ops.length)];
    }

    private static String user(Random random, Op op) {
        boolean reviewerStep = op == Op.APPROVE || op == Op.RETURN || op == Op.RETRACT;
        if (reviewerStep || random.nextBoolean()) {
            return REVIEWERS.get(random.nextInt(2));
        }
        return EDITORS.get(random.nextInt(2));
    }

    private long create(String editor) throws Exception {
        RecordView record = as(editor, EDITOR, () -> records.create(Desk.ready(source, "Random " + editor, 1)));
        Known k = new Known();
        k.historyEntries = 1;
        k.editorsByRevision.computeIfAbsent(1, r -> new HashSet<>()).add(editor);
        synchronized (known) {
            known.put(record.id(), k);
        }
        return record.id();
    }

    /**
     * One step; a refusal by a rule (or by a concurrent step that won) is an outcome, not a failure. A step taken
     * alone must do what the record offered this person beforehand: succeed when it was offered as allowed, be
     * refused otherwise (the desk and the API show people those offers).
     */
    private Void run(Op op, long id, String user, int value, boolean alone) {
        Set<String> roles = REVIEWERS.contains(user) ? REVIEWER : EDITOR;
        RecordView[] read = new RecordView[1];
        try {
            RecordView before = as(user, roles, () -> catalog.view(id));
            read[0] = before;
            RecordView after = as(user, roles, () -> switch (op) {
                case CREATE, SAVE ->
                    records.update(id, Desk.ready(source, "Random " + value, 1 + value % 7), before.version());
                case SUBMIT -> workflow.submit(id);
                case APPROVE -> workflow.approve(id, before.version());
                case RETURN -> workflow.sendBack(id, "Please check " + value, before.version());
                case PUBLISH -> workflow.publish(id, before.version());
                case SCHEDULE -> workflow.schedule(id, Instant.now().plusSeconds(3600), before.version());
                case UNSCHEDULE -> workflow.unschedule(id);
                case SPIKE -> workflow.spike(id, "random");
                case RETRACT -> workflow.retract(id, "Random retraction " + value);
                case CORRECT -> workflow.startCorrection(id, value % 2 == 0 ? null : "Correction " + value);
                case NOTE -> workflow.noteCorrection(id, "Note " + value);
                case COMMENT -> {
                    records.comment(id, "Comment " + value);
                    yield null;
                }
            });
            succeeded(op, id, user, before, after);
            if (alone && op.step != null) {
                assertTrue(
                        offered(before, op),
                        op + " by " + user + " succeeded on record " + id + " though it was not offered: "
                                + before.workflow().steps());
            }
        } catch (DomainException refused) {
            count(op, 1);
            checkRefusalWasForetold(alone, op, id, user, read[0], refused);
        } catch (EJBAccessException unexpected) {
            fail(user + " was denied " + op + ": " + unexpected);
        } catch (EJBException raced) {
            count(op, 1);
        } catch (Exception e) {
            if (e.getCause() instanceof DomainException refused) {
                count(op, 1);
                checkRefusalWasForetold(alone, op, id, user, read[0], refused);
            } else {
                throw new IllegalStateException(op + " on " + id + " by " + user, e);
            }
        }
        return null;
    }

    private static void checkRefusalWasForetold(
            boolean alone, Op op, long id, String user, RecordView before, DomainException refused) {
        if (alone && op.step != null && before != null) {
            assertTrue(
                    !offered(before, op),
                    op + " by " + user + " was refused on record " + id + " though it was offered: "
                            + refused.getMessage());
        }
    }

    private static boolean offered(RecordView before, Op op) {
        return before.workflow().step(op.step).map(WorkflowStep.Option::allowed).orElse(false);
    }

    private void succeeded(Op op, long id, String user, RecordView before, RecordView after) {
        count(op, 0);
        synchronized (known) {
            Known k = known.get(id);
            if (op != Op.COMMENT) {
                k.historyEntries++;
            }
            if (op == Op.APPROVE) {
                Set<String> editors =
                        k.editorsByRevision.getOrDefault(before.workflow().revision(), Set.of());
                assertTrue(
                        !editors.contains(user),
                        user + " approved record " + id + " revision "
                                + before.workflow().revision() + " which they edited: " + editors);
            }
            if (op == Op.SAVE || op == Op.CREATE || op == Op.CORRECT || op == Op.NOTE) {
                k.editorsByRevision
                        .computeIfAbsent(after.workflow().revision(), r -> new HashSet<>())
                        .add(user);
            }
        }
    }

    private void count(Op op, int outcome) {
        synchronized (outcomes) {
            outcomes.computeIfAbsent(op, o -> new int[2])[outcome]++;
        }
    }

    private String describe() {
        StringBuilder text = new StringBuilder();
        outcomes.forEach((op, n) -> text.append(op)
                .append(' ')
                .append(n[0])
                .append('/')
                .append(n[1])
                .append(", "));
        return text.toString();
    }

    /** The invariants for one record, read back from the server. */
    private void checkRecord(long id, int step) throws Exception {
        Known k = known.get(id);
        List<ChangeView> history = as(EDITORS.get(0), EDITOR, () -> catalog.history(id));
        assertEquals(k.historyEntries, history.size(), "step " + step + ": history of record " + id + " is complete");
        List<PublicationView> publications = as(EDITORS.get(0), EDITOR, () -> catalog.publications(id));
        for (PublicationView p : publications) {
            if (p.kind() != PublicationKind.RETRACTED) {
                assertNotNull(p.approvedBy(), "step " + step + ": publication " + p.id() + " has an approver");
                assertTrue(
                        !editorsOf(history, p).contains(p.approvedBy()),
                        "step " + step + ": publication " + p.id() + " was approved by " + p.approvedBy()
                                + " who edited that revision");
            }
            String seal = k.sealed.putIfAbsent(p.version() + "/" + p.kind(), p.hash());
            assertTrue(seal == null || seal.equals(p.hash()), "step " + step + ": a published version changed");
        }
    }

    /** Who authored or edited the revision that a publication published, from the history itself. */
    private static Set<String> editorsOf(List<ChangeView> history, PublicationView publication) {
        int revision = history.stream()
                .filter(c -> c.action() == ChangeAction.PUBLISHED
                        && c.comment() != null
                        && c.comment().startsWith("version " + publication.version()))
                .map(ChangeView::revision)
                .findFirst()
                .orElse(-1);
        Set<String> editors = new HashSet<>();
        history.stream()
                .filter(c -> c.revision() == revision)
                .filter(c -> c.action() == ChangeAction.CREATED
                        || c.action() == ChangeAction.SAVED
                        || c.action() == ChangeAction.CORRECTION_STARTED)
                .forEach(c -> editors.add(c.by()));
        return editors;
    }

    private void checkAll(int step) throws Exception {
        for (long id : known.keySet()) {
            checkRecord(id, step);
        }
        assertTrue(
                as(EDITORS.get(0), EDITOR, () -> catalog.verifyPublicationLog()).isEmpty(),
                "step " + step + ": the publication log's hash chain holds");
    }
}
