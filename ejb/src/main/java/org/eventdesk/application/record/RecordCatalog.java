package org.eventdesk.application.record;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.publishing.PublicChanges;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicCopy;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecords;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.FieldChange;
import org.eventdesk.domain.record.MarkedText;
import org.eventdesk.domain.record.Publication;
import org.eventdesk.domain.record.PublicationChain;
import org.eventdesk.domain.record.QueueCount;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordJournal;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordQueue;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.RecordSearch;
import org.eventdesk.domain.record.RecordSnapshot;
import org.eventdesk.domain.record.SameEventQuery;
import org.eventdesk.domain.record.TaxonomyRepository;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.source.SourceRepository;
import org.eventdesk.domain.user.Role;

/** Reading records: one record whole, lists for the grid and the API, and the lists codes come from. */
@Stateless
@RolesAllowed(Role.Names.EDITOR)
public class RecordCatalog {
    public static final int MAX_PAGE = 200;

    @Inject
    private RecordRepository records;

    @Inject
    private RecordSearch search;

    @Inject
    private TaxonomyRepository taxonomy;

    @Inject
    private SourceRepository sources;

    @Inject
    private RecordJournal journal;

    @Resource
    private SessionContext context;

    @Inject
    private java.time.Clock clock;

    @Inject
    private org.eventdesk.application.publishing.PublicCatalog publicCatalog;

    @Inject
    private PublicRecords.References publicReferences;

    @Inject
    private PublicCopies publicCopies;

    @Inject
    private StatusEstimates statusEstimates;

    public RecordView view(long id) {
        return records.find(id)
                .map(r -> RecordViews.of(r, records, taxonomy, sources, context, clock.instant()))
                .orElseThrow(() -> new NotFoundException("text.thing.record", id));
    }

    /**
     * Reads without a transaction of its own (as do {@link #page} and {@link #found}): a list is a read, and its
     * statements each see what had committed when they ran whether or not a transaction holds them (read committed).
     * Outside one, each statement runs on a connection in auto-commit mode, which on PostgreSQL spares a page the
     * BEGIN and the COMMIT's round trip (grid benchmark).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RecordListing> list(RecordQuery query, int offset, int limit) {
        return records.list(query, Math.max(0, offset), clamp(limit));
    }

    /** A page after a cursor (none for the first page); {@code next} is absent on the last page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RecordPage page(RecordQuery query, Optional<RecordListing.Cursor> after, int limit) {
        int size = clamp(limit);
        List<RecordListing> rows =
                after.isPresent() ? records.listAfter(query, after.get(), size + 1) : records.list(query, 0, size + 1);
        boolean more = rows.size() > size;
        List<RecordListing> page = more ? rows.subList(0, size) : rows;
        if (query.ranked()) {
            // Relevance has no key to continue from: the cursor holds how many rows were read.
            long read = after.map(RecordListing.Cursor::id).orElse(0L) + size;
            boolean further = more && read < RecordSearch.MAX_RANKED;
            return new RecordPage(
                    List.copyOf(page), further ? Optional.of(new RecordListing.Cursor(null, read)) : Optional.empty());
        }
        return new RecordPage(
                List.copyOf(page), more ? Optional.of(page.get(size - 1).cursor(query.order())) : Optional.empty());
    }

    /**
     * The records list for the grid, where the words it was searched for are marked in each row's title, with an
     * excerpt of the summary around them when the summary matched (without words, nothing is marked).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FoundRecord> found(RecordQuery query, int offset, int limit) {
        if (query.text() == null) {
            return list(query, offset, limit).stream()
                    .map(FoundRecord::unmarked)
                    .toList();
        }
        List<RecordListing> rows = records.listings(search.matching(query, null, Math.max(0, offset), clamp(limit)));
        Map<Long, String> summaries =
                records.summaries(rows.stream().map(RecordListing::id).toList());
        return rows.stream()
                .map(row -> {
                    String summary = summaries.get(row.id());
                    MarkedText excerpt = summary == null
                            ? MarkedText.plain("")
                            : new MarkedText(summary, search.marks(query.text(), summary)).excerpt(FoundRecord.EXCERPT);
                    return new FoundRecord(
                            row,
                            new MarkedText(row.title(), search.marks(query.text(), row.title())),
                            excerpt.isMarked() ? excerpt : MarkedText.plain(""));
                })
                .toList();
    }

    /** A work queue's page; like {@link #list}, a read that takes part in a caller's transaction but opens none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RecordListing> queue(RecordQueue queue, int offset, int limit) {
        return records.queue(queue, caller(), Math.max(0, offset), clamp(limit));
    }

    /**
     * How many records wait in each queue, as the caller sees them: exact up to {@link QueueCount#EXACT_UP_TO} (an
     * index read that stops there); a fuller queue gets the kept per-status estimate when it has one of its own (a
     * queue of a whole status, or awaiting review, which is nearly all of its status for any one reviewer), else only
     * "more than" (the caller's own drafts or returns: a minute-old status count would say nothing about them).
     * Every page of the desk shows these, so they are read as {@link #list} is, without a transaction of their own:
     * each statement sees what had committed when it ran, in a transaction or not, so two counts (or the two
     * statements of one of the caller's own queues) may see a record on either side of a save, as they could before.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<RecordQueue, QueueCount> queueCounts() {
        Map<RecordQueue, QueueCount> counts = new EnumMap<>(RecordQueue.class);
        for (RecordQueue queue : RecordQueue.values()) {
            long counted = records.countUpTo(queue, caller(), QueueCount.EXACT_UP_TO + 1);
            if (counted <= QueueCount.EXACT_UP_TO) {
                counts.put(queue, QueueCount.exact(counted));
            } else if (queue.involvement() == RecordQueue.Involvement.MINE) {
                counts.put(queue, QueueCount.moreThan(QueueCount.EXACT_UP_TO));
            } else {
                long estimate = Math.max(counted, statusEstimates.estimate(queue.status()));
                counts.put(queue, QueueCount.about(estimate));
            }
        }
        return counts;
    }

    /** Every change of the record, oldest first. */
    public List<ChangeView> history(long id) {
        requireRecord(id);
        return journal.history(id).stream().map(ChangeView::of).toList();
    }

    public List<CommentView> comments(long id) {
        requireRecord(id);
        return journal.comments(id).stream()
                .map(c -> new CommentView(c.getId(), c.by(), c.at(), c.text()))
                .toList();
    }

    public List<PublicationView> publications(long id) {
        requireRecord(id);
        return journal.publications(id).stream().map(RecordCatalog::view).toList();
    }

    /**
     * What a reviewer checks: the record's fields changed since its last published version (for a record never
     * published, every field is new).
     */
    public List<ChangeView.FieldView> changesSincePublished(long id) {
        EventRecord record = records.find(id).orElseThrow(() -> new NotFoundException("text.thing.record", id));
        RecordSnapshot published = journal.latestPublication(id)
                .filter(p -> p.kind() != org.eventdesk.domain.record.PublicationKind.RETRACTED)
                .map(Publication::snapshot)
                .orElse(RecordSnapshot.empty());
        return ChangeView.fields(RecordSnapshot.of(record).changesSince(published));
    }

    /**
     * How an editor's unsaved form differs from the version saved since they read it, field by field in the paths
     * the history uses: what the stale-save dialog shows before they choose whose changes to keep.
     *
     * @param form the record as the editor's form would save it
     * @param formQuotes the words of the spans the form cites, as the form shows them (spans the saved version
     *     cites too are quoted from the saved version)
     */
    public SavedComparison compareWithSaved(
            long id, RecordInput form, Map<RecordInput.EvidenceRef, String> formQuotes) {
        RecordView theirs = view(id);
        Map<RecordInput.EvidenceRef, String> theirQuotes = quotesOf(theirs);
        Map<RecordInput.EvidenceRef, String> myQuotes = new HashMap<>(formQuotes);
        myQuotes.putAll(theirQuotes);
        List<FieldChange> changes = RecordSnapshot.of(form, ref -> myQuotes.getOrDefault(ref, "?"))
                .changesSince(RecordSnapshot.of(theirs.toInput(), ref -> theirQuotes.getOrDefault(ref, "?")));
        return new SavedComparison(theirs.version(), theirs.updatedBy(), ChangeView.fields(changes));
    }

    /**
     * @param version the version saved in between
     * @param savedBy who saved it
     * @param changes each field as saved ({@code before}) and as the form has it ({@code after})
     */
    public record SavedComparison(long version, String savedBy, List<ChangeView.FieldView> changes) {}

    private static Map<RecordInput.EvidenceRef, String> quotesOf(RecordView record) {
        List<RecordView.EvidenceView> all = new ArrayList<>(record.summaryEvidence());
        all.addAll(record.time().evidence());
        record.places().forEach(p -> all.addAll(p.evidence()));
        record.actors().forEach(a -> all.addAll(a.evidence()));
        record.figures().forEach(f -> all.addAll(f.evidence()));
        record.claims().forEach(c -> all.addAll(c.evidence()));
        Map<RecordInput.EvidenceRef, String> quotes = new HashMap<>();
        all.forEach(e -> quotes.put(new RecordInput.EvidenceRef(e.sourceId(), e.start(), e.end()), e.quote()));
        return quotes;
    }

    /**
     * The record as readers would read it if it were published now, made by the rules that seal publications
     * (labels, times in words, quotes beside facts), and what would change for them since the version they read, in
     * words: what a reviewer judges.
     */
    public ReadersView readersView(long id) {
        EventRecord record = records.find(id).orElseThrow(() -> new NotFoundException("text.thing.record", id));
        PublicRecord preview = PublicRecords.preview(record, clock.instant(), publicReferences);
        Optional<PublicRecord> published =
                publicCopies.find(id).map(PublicCopy::record).filter(p -> !p.isRetracted());
        return new ReadersView(
                preview,
                published.map(PublicRecord::version).orElse(0),
                published.map(p -> PublicChanges.between(p, preview)).orElse(List.of()));
    }

    /**
     * @param record the working copy as it would go public
     * @param publishedVersion the version readers see now; 0 when the record was never published
     * @param changes what would change for readers since that version, in words (empty when never published)
     */
    public record ReadersView(PublicRecord record, int publishedVersion, List<String> changes) {}

    /**
     * The publication log's audit (hashes, chain, head, public copies against their sealed versions); empty when
     * all is intact, else the first problem found.
     */
    public Optional<PublicationChain.Break> verifyPublicationLog() {
        return publicCatalog.verify().problems().stream()
                .findFirst()
                .map(p -> new PublicationChain.Break(p.seq() == null ? -1 : p.seq(), p.what()));
    }

    public List<RecordListing> titled(String words, int limit) {
        return records.titled(words, clamp(limit));
    }

    public List<RecordListing> citing(long sourceId, int limit) {
        return records.citing(sourceId, clamp(limit));
    }

    /**
     * Records that look like the event a record being written describes ({@link SameEventQuery}), so the editor
     * can add the source to one of them instead of creating a duplicate. Empty until the record has a type, a
     * start and a named place.
     */
    public List<RecordListing> sameEvent(String typeCode, List<String> placeNames, Instant start, Instant end) {
        return SameEventQuery.forRecord(typeCode, placeNames, start, end)
                .map(query -> records.sameEvent(query, 5))
                .orElse(List.of());
    }

    /** The taxonomy in its order: each top-level type followed by its sub-types, then the news types. */
    public List<TaxonomyEntry> eventTypes() {
        return taxonomy.eventTypes().stream().map(TaxonomyEntry::of).toList();
    }

    public List<TaxonomyEntry> figureCategories() {
        return taxonomy.figureCategories().stream().map(TaxonomyEntry::of).toList();
    }

    private void requireRecord(long id) {
        if (!records.exists(id)) {
            throw new NotFoundException("text.thing.record", id);
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    static PublicationView view(Publication p) {
        return new PublicationView(
                p.getId(),
                p.recordId(),
                p.version(),
                p.kind(),
                p.title(),
                p.note(),
                p.at(),
                p.by(),
                p.approvedBy(),
                p.hash());
    }

    private static int clamp(int limit) {
        return Math.min(Math.max(1, limit), MAX_PAGE);
    }

    public record RecordPage(List<RecordListing> items, Optional<RecordListing.Cursor> next) {}
}
