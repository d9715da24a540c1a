package org.eventdesk.application.publishing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicCopy;
import org.eventdesk.domain.publishing.PublicQuery;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicationAudit;
import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.FigureCategory;
import org.eventdesk.domain.record.Publication;
import org.eventdesk.domain.record.PublicationHead;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.TaxonomyRepository;

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

    @Inject
    private TaxonomyRepository taxonomy;

    /** Every event type code (active or not: old records keep theirs), for checking the list's {@code type}. */
    public Set<String> typeCodes() {
        return taxonomy.eventTypes().stream().map(EventType::getCode).collect(Collectors.toSet());
    }

    /** The taxonomy in its order, for the readers' filter. */
    public List<TaxonomyEntry> types() {
        return taxonomy.eventTypes().stream().map(TaxonomyEntry::of).toList();
    }

    public List<TaxonomyEntry> categories() {
        return taxonomy.figureCategories().stream().map(TaxonomyEntry::of).toList();
    }

    /** Every figure category code, for checking the list's {@code category}. */
    public Set<String> categoryCodes() {
        return taxonomy.figureCategories().stream().map(FigureCategory::getCode).collect(Collectors.toSet());
    }

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

    /**
     * A page of the public list, with where the next and previous pages start. Backwards (a previous page's
     * cursor) the repository returns the nearest records before the cursor, newest first, with one extra when more
     * lie before them.
     */
    public ListPage list(PublicQuery query, Optional<PublicQuery.Cursor> cursor, int limit) {
        return page(query, cursor, Math.min(Math.max(1, limit), MAX_PAGE));
    }

    /** One batch of an export: a page of {@value #EXPORT_BATCH}, read in a transaction of its own. */
    public ListPage exportBatch(PublicQuery query, Optional<PublicQuery.Cursor> after) {
        return page(query, after, EXPORT_BATCH);
    }

    private ListPage page(PublicQuery query, Optional<PublicQuery.Cursor> cursor, int size) {
        boolean backwards = cursor.map(PublicQuery.Cursor::backwards).orElse(false);
        List<PublicCopies.Listed> rows = copies.list(query, cursor, size + 1);
        boolean more = rows.size() > size;
        List<PublicCopies.Listed> page =
                !more ? rows : backwards ? rows.subList(1, rows.size()) : rows.subList(0, size);
        if (page.isEmpty()) {
            return new ListPage(List.of(), Optional.empty(), Optional.empty());
        }
        Optional<PublicQuery.Cursor> next =
                backwards || more ? Optional.of(page.get(page.size() - 1).after()) : Optional.empty();
        Optional<PublicQuery.Cursor> previous = (backwards ? more : cursor.isPresent())
                ? Optional.of(page.get(0).before())
                : Optional.empty();
        return new ListPage(List.copyOf(page), next, previous);
    }

    /** The feed's entries: publications, corrections and retractions of records in the list, newest first. */
    public List<PublicCopies.FeedEntry> feed(PublicQuery query, Optional<Long> beforeSeq, int limit) {
        return copies.feed(query, beforeSeq, Math.min(Math.max(1, limit), MAX_PAGE));
    }

    public LogHead head() {
        PublicationHead head = journal.head();
        return new LogHead(head.entries(), head.lastHash(), head.lastAt());
    }

    /** One entry of the log by its number. */
    public Optional<LogEntryView> logEntry(long seq) {
        return journal.entriesAfter(seq - 1, 1).stream()
                .filter(p -> p.seq() == seq)
                .map(PublicCatalog::view)
                .findFirst();
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
                p.seq(),
                p.recordId(),
                p.version(),
                p.kind().name(),
                p.title(),
                p.note(),
                p.at(),
                p.hash(),
                p.previousHash());
    }

    /**
     * @param next where the next page starts, absent on the last page
     * @param previous where the page before starts, absent on the first page
     */
    public record ListPage(
            List<PublicCopies.Listed> items,
            Optional<PublicQuery.Cursor> next,
            Optional<PublicQuery.Cursor> previous) {}
}
