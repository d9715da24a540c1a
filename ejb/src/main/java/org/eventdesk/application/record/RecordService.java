package org.eventdesk.application.record;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.logging.Logger;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.RecordChange;
import org.eventdesk.domain.record.RecordComment;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.RecordSnapshot;
import org.eventdesk.domain.record.StaleRecordException;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.shared.Wording;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.user.Role;

/** Writing records: creating drafts and saving changes, never over someone else's newer version. */
@Stateless
@RolesAllowed(Role.Names.EDITOR)
public class RecordService {
    private static final Logger LOG = Logger.getLogger(RecordService.class.getName());

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

    @Resource
    private SessionContext context;

    public RecordView create(RecordInput input) {
        String caller = context.getCallerPrincipal().getName();
        EventRecord record = records.store(EventRecord.create(
                input, new RepositoryReferences(records, taxonomy, sources), caller, clock.instant()));
        journal.append(new RecordChange(
                record.getId(),
                record.getRevision(),
                ChangeAction.CREATED,
                caller,
                record.getCreatedAt(),
                null,
                RecordSnapshot.of(record).changesSince(RecordSnapshot.empty())));
        LOG.info(() -> "Record #" + record.getId() + " \"" + record.getTitle() + "\" created by " + caller);
        return RecordViews.of(record, records, taxonomy, sources, context, clock.instant());
    }

    /**
     * Replaces a record's content.
     *
     * @param seenVersion the version the caller's change is based on
     * @throws StaleRecordException when the record changed since then, also when the change raced another save
     */
    public RecordView update(long id, RecordInput input, long seenVersion) {
        String caller = context.getCallerPrincipal().getName();
        EventRecord record = records.find(id).orElseThrow(() -> new NotFoundException("text.thing.record", id));
        RecordSnapshot before = RecordSnapshot.of(record);
        record.revise(
                input, seenVersion, new RepositoryReferences(records, taxonomy, sources), caller, clock.instant());
        journal.append(new RecordChange(
                id,
                record.getRevision(),
                ChangeAction.SAVED,
                caller,
                record.getUpdatedAt(),
                null,
                RecordSnapshot.of(record).changesSince(before)));
        try {
            records.flush();
        } catch (OptimisticLockException raceLost) {
            // Another save of the same version committed first; it wins, this one changes nothing.
            context.setRollbackOnly();
            throw new StaleRecordException(
                    id, seenVersion, seenVersion + 1, Wording.of("workflow.stale.anotherEditor"), clock.instant());
        }
        LOG.info(() -> "Record #" + id + " saved by " + caller + " (version " + record.getVersion() + ")");
        return RecordViews.of(record, records, taxonomy, sources, context, clock.instant());
    }

    /** Adds a note to the record's discussion thread. */
    public CommentView comment(long id, String text) {
        if (!records.exists(id)) {
            throw new NotFoundException("text.thing.record", id);
        }
        RecordComment comment =
                RecordComment.write(id, text, context.getCallerPrincipal().getName(), clock.instant());
        journal.append(comment);
        return new CommentView(comment.getId(), comment.by(), comment.at(), comment.text());
    }
}
