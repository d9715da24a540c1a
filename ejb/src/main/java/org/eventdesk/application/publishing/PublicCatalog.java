package org.eventdesk.application.publishing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicCopy;
import org.eventdesk.domain.publishing.PublicQuery;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicationAudit;
import org.eventdesk.domain.record.Publication;
import org.eventdesk.domain.record.PublicationHead;
import org.eventdesk.domain.record.RecordJournal;

/**
 * What anyone may read without logging in: published records (only ever their sealed versions), their earlier
 * versions, the entries the feed announces, the publication log and its audit. A record that was never published
 * is simply absent, exactly like an id that does not exist, so its existence never leaks.
 */
@Stateless
@PermitAll
public class PublicCatalog {
    public static final int MAX_PAGE = 200;
    /** Exports read the list in batches of this size, so memory stays constant whatever the export's length. */
    public static final int EXPORT_BATCH = 500;

    @Inject
    private PublicCopies copies;

    @Inject
    private RecordJournal journal;

    /** The latest public version of a record, or its retraction notice. */
    public Optional<PublicDocument> latest(long recordId) {
        return copies.find(recordId).map(PublicCatalog::document);
    }

    /**
     * Version {@code n} of a record. A retracted record answers with its retraction notice, whatever version is
     * asked for: withdrawn means withdrawn.
     */
    public Optional<PublicDocument> version(long recordId, int version) {
        Optional<PublicCopy> copy = copies.find(recordId);
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        if (copy.get().status() == PublicRecord.Status.RETRACTED || copy.get().version() == version) {
            return copy.map(PublicCatalog::document);
        }
        return journal.publishedVersion(recordId, version)
                .filter(p -> p.document().isPresent())
                .map(p -> new PublicDocument(
                        recordId,
                        p.version(),
                        PublicRecord.Status.PUBLISHED,
                        p.document().orElseThrow(),
                        p.seq(),
                        p.hash(),
                        p.at()));
    }

    /** Every log entry of a public record, oldest first; empty for a record readers cannot see. */
    public List<LogEntryView> versions(long recordId) {
        if (copies.find(recordId).isEmpty()) {
            return List.of();
        }
        return journal.publications(recordId).stream().map(PublicCatalog::view).toList();
    }

    public ListPage list(PublicQuery query, Optional<PublicQuery.Cursor> after, int limit) {
        int size = Math.min(Math.max(1, limit), MAX_PAGE);
        List<PublicCopies.Listed> rows = copies.list(query, after, size + 1);
        boolean more = rows.size() > size;
        List<PublicCopies.Listed> page = more ? rows.subList(0, size) : rows;
        return new ListPage(
                List.copyOf(page), more ? Optional.of(page.get(size - 1).cursor()) : Optional.empty());
    }

    /** One batch of an export: like a page, larger, read in a transaction of its own. */
    public ListPage exportBatch(PublicQuery query, Optional<PublicQuery.Cursor> after) {
        List<PublicCopies.Listed> rows = copies.list(query, after, EXPORT_BATCH + 1);
        boolean more = rows.size() > EXPORT_BATCH;
        List<PublicCopies.Listed> page = more ? rows.subList(0, EXPORT_BATCH) : rows;
        return new ListPage(
                List.copyOf(page), more ? Optional.of(page.get(EXPORT_BATCH - 1).cursor()) : Optional.empty());
    }

    /** The feed's entries: publications, corrections and retractions of records in the list, newest first. */
    public List<PublicCopies.FeedEntry> feed(PublicQuery query, Optional<Long> beforeSeq, int limit) {
        return copies.feed(query, beforeSeq, Math.min(Math.max(1, limit), MAX_PAGE));
    }

    public LogHead head() {
        PublicationHead head = journal.head();
        return new LogHead(head.entries(), head.lastHash(), head.lastAt());
    }

    /** Entries of the log after entry {@code afterSeq} (0 for the first), in order. */
    public List<LogEntryView> logEntries(long afterSeq, int limit) {
        return journal.entriesAfter(Math.max(0, afterSeq), Math.min(Math.max(1, limit), MAX_PAGE)).stream()
                .map(PublicCatalog::view)
                .toList();
    }

    /**
     * The whole audit ({@link PublicationAudit}): every entry recomputed, the chain, the head, and every public
     * copy against its sealed version. Publishers wait while it runs (it reads the head under a shared lock), so
     * what it checks is one consistent state.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PublicationAudit.Report verify() {
        PublicationHead head = journal.headForAudit();
        PublicationAudit audit = new PublicationAudit();
        journal.forEachEntry(audit::entry);
        audit.head(new PublicationAudit.Head(head.lastHash(), head.entries()));
        copies.forEach(audit::copy);
        journal.forEachPublishedRecord(audit::record);
        return audit.report();
    }

    private static PublicDocument document(PublicCopy copy) {
        return new PublicDocument(
                copy.recordId(),
                copy.version(),
                copy.status(),
                copy.document(),
                copy.entrySeq(),
                copy.entryHash(),
                copy.updatedAt());
    }

    private static LogEntryView view(Publication p) {
        return new LogEntryView(
                p.seq(), p.recordId(), p.version(), p.kind().name(), p.title(), p.at(), p.hash(), p.previousHash());
    }

    /** @param next where the next page starts, absent on the last page */
    public record ListPage(List<PublicCopies.Listed> items, Optional<PublicQuery.Cursor> next) {}
}
