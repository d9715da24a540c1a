package org.eventdesk.application.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordRepository;
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
    private SourceRepository sources;

    public RecordView view(long id) {
        return records.find(id)
                .map(r -> RecordViews.of(r, records, sources))
                .orElseThrow(() -> new NotFoundException("Record", id));
    }

    public List<RecordListing> list(RecordQuery query, int offset, int limit) {
        return records.list(query, Math.max(0, offset), clamp(limit));
    }

    /** A page after a cursor (none for the first page); {@code next} is absent on the last page. */
    public RecordPage page(RecordQuery query, Optional<RecordListing.Cursor> after, int limit) {
        int size = clamp(limit);
        List<RecordListing> rows =
                after.isPresent() ? records.listAfter(query, after.get(), size + 1) : records.list(query, 0, size + 1);
        boolean more = rows.size() > size;
        List<RecordListing> page = more ? rows.subList(0, size) : rows;
        return new RecordPage(
                List.copyOf(page), more ? Optional.of(page.get(size - 1).cursor(query.order())) : Optional.empty());
    }

    public List<RecordListing> titled(String words, int limit) {
        return records.titled(words, clamp(limit));
    }

    public List<RecordListing> citing(long sourceId, int limit) {
        return records.citing(sourceId, clamp(limit));
    }

    /** The taxonomy in its order: each top-level type followed by its sub-types, then the news types. */
    public List<CodeList> eventTypes() {
        return records.eventTypes().stream().map(CodeList::of).toList();
    }

    public List<CodeList> figureCategories() {
        return records.figureCategories().stream().map(CodeList::of).toList();
    }

    private static int clamp(int limit) {
        return Math.min(Math.max(1, limit), MAX_PAGE);
    }

    public record RecordPage(List<RecordListing> items, Optional<RecordListing.Cursor> next) {}
}
