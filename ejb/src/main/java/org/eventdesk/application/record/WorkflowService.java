package org.eventdesk.application.record;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eventdesk.application.publishing.Publisher;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.Publication;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.record.WorkflowException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.user.Role;

/**
 * Moving records through the workflow. Each step is one method of the record (which holds the rules: legal
 * transitions, readiness, four eyes) and returns its entry for the record's history, which is stored here; publishing and retracting also seal the
 * public version in the publication log ({@link Publisher}). Who may take a step is checked here, by role: editors submit, publish what was approved,
 * schedule, spike and start corrections; reviewers approve, return and retract.
 *
 * <p>The steps that judge a revision (approve, return, publish, schedule) take the version the person read
 * ({@code seenVersion}); the record refuses them with {@link org.eventdesk.domain.record.StaleRecordException} when
 * it changed since, so nobody approves or publishes content they never saw.
 */
@Stateless
public class WorkflowService {
    private static final Logger LOG = Logger.getLogger(WorkflowService.class.getName());

    @Inject
    private RecordRepository records;

    @Inject
    private TaxonomyRepository taxonomy;

    @Inject
    private SourceRepository sources;

    @Inject
    private RecordJournal journal;

    @Inject
    private Clock clock;

    @Inject
    private Publisher publisher;

    @Resource
    private SessionContext context;

    @RolesAllowed(Role.Names.EDITOR)
    public RecordView submit(long id) {
        return step(id, r -> r.submit(caller(), clock.instant()));
    }

    /** Approves the version the reviewer read. */
    @RolesAllowed(Role.Names.REVIEWER)
    public RecordView approve(long id, long seenVersion) {
        return step(id, r -> r.approve(caller(), seenVersion, clock.instant()));
    }

    /** Returns a submitted record (the version the reviewer read) to its editors; the comment says what to change. */
    @RolesAllowed(Role.Names.REVIEWER)
    public RecordView sendBack(long id, String comment, long seenVersion) {
        return step(id, r -> r.sendBack(caller(), comment, seenVersion, clock.instant()));
    }

    /** Publishes an approved record, the version the editor read, now. */
    @RolesAllowed(Role.Names.EDITOR)
    public RecordView publish(long id, long seenVersion) {
        journal.lockLog();
        EventRecord record = load(id);
        publishLocked(record, caller(), seenVersion, clock.instant());
        return RecordViews.of(record, records, taxonomy, sources, context, clock.instant());
    }

    /** Publishes an approved record (the version the editor read) at a later time, whether anyone is logged in then. */
    @RolesAllowed(Role.Names.EDITOR)
    public RecordView schedule(long id, Instant at, long seenVersion) {
        return step(id, r -> r.schedule(caller(), at, seenVersion, clock.instant()));
    }

    @RolesAllowed(Role.Names.EDITOR)
    public RecordView unschedule(long id) {
        return step(id, r -> r.unschedule(caller(), clock.instant()));
    }

    /** Discards a record that never went public. */
    @RolesAllowed(Role.Names.EDITOR)
    public RecordView spike(long id, String reason) {
        return step(id, r -> r.spike(caller(), reason, clock.instant()));
    }

    /** Withdraws a published record from the public; the reason is public too. */
    @RolesAllowed(Role.Names.REVIEWER)
    public RecordView retract(long id, String reason) {
        journal.lockLog();
        EventRecord record = load(id);
        String by = caller();
        Instant now = clock.instant();
        EventRecord.Publishing retraction = record.retract(by, reason, now);
        publisher.seal(record, retraction, by, now);
        journal.append(retraction.entry());
        flush(record);
        LOG.info(() -> "Record #" + id + " retracted by " + by);
        return RecordViews.of(record, records, taxonomy, sources, context, clock.instant());
    }

    /** Opens a new revision of a published record; the note is the public correction note (may come later). */
    @RolesAllowed(Role.Names.EDITOR)
    public RecordView startCorrection(long id, String note) {
        return step(id, r -> r.startCorrection(caller(), note, clock.instant()));
    }

    @RolesAllowed(Role.Names.EDITOR)
    public RecordView noteCorrection(long id, String note) {
        return step(id, r -> r.noteCorrection(caller(), note, clock.instant()));
    }

    /**
     * Publishes a scheduled record whose time has come, on behalf of whoever scheduled it. Called by the
     * scheduler; takes the log's lock before reading the record, so when two servers try at once the second
     * finds it already published and does nothing.
     *
     * @return whether this call published it
     */
    @RolesAllowed(Role.Names.EDITOR)
    public boolean publishIfDue(long id) {
        journal.lockLog();
        EventRecord record = load(id);
        Instant now = clock.instant();
        if (!record.isDue(now)) {
            return false;
        }
        publishLocked(record, record.getScheduledBy(), null, now);
        return true;
    }

    /**
     * Takes a scheduled record the scheduler could not publish back to approved, with the reason in its history,
     * for a person to look at (rather than trying again every few seconds for ever). Writes only the record's
     * workflow state and history, so it works whatever made the publication fail.
     *
     * @return whether the record was still scheduled (another server may have given up on it, or published it)
     */
    @RolesAllowed(Role.Names.EDITOR)
    public boolean abandonSchedule(long id, String reason) {
        EventRecord record = load(id);
        if (record.getStatus() != org.eventdesk.domain.record.RecordStatus.SCHEDULED) {
            return false;
        }
        String by = record.getScheduledBy();
        Instant now = clock.instant();
        journal.append(record.abandonSchedule(by, reason, now));
        flush(record);
        LOG.warning(() -> "Scheduled publication of record #" + id + " failed and was taken back: " + reason);
        return true;
    }

    /** Records whose scheduled time has come (the scheduler publishes each in a transaction of its own). */
    @RolesAllowed(Role.Names.EDITOR)
    public List<Long> due() {
        return journal.dueForPublication(clock.instant());
    }

    /** @param seenVersion the version the publisher read; {@code null} for the scheduler publishing what is due */
    private void publishLocked(EventRecord record, String by, Long seenVersion, Instant now) {
        EventRecord.Publishing publishing =
                seenVersion == null ? record.publishDue(by, now) : record.publish(by, seenVersion, now);
        Publication publication = publisher.seal(record, publishing, by, now);
        journal.append(publishing.entry());
        flush(record);
        LOG.info(() -> "Record #" + record.getId() + " published as version " + publishing.version() + " by " + by
                + " (log entry " + publication.getId() + ")");
    }

    /** A step of the record's, and the history entry the step returns. */
    private RecordView step(long id, Function<EventRecord, RecordChange> transition) {
        EventRecord record = load(id);
        journal.append(transition.apply(record));
        flush(record);
        return RecordViews.of(record, records, taxonomy, sources, context, clock.instant());
    }

    /** A concurrent step on the same record won: this one changes nothing and says so. */
    private void flush(EventRecord record) {
        try {
            records.flush();
        } catch (OptimisticLockException raceLost) {
            context.setRollbackOnly();
            throw new WorkflowException(Wording.of("workflow.raceLost", String.valueOf(record.getId())));
        }
    }

    private EventRecord load(long id) {
        return records.find(id).orElseThrow(() -> new NotFoundException("text.thing.record", id));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
