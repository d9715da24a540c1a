package org.eventdesk.web.ui.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;

/**
 * The records grid asks for rows by offset as it scrolls; an offset makes the database walk past every row before it
 * (at a million records, a deep page costs seconds). The grid asks for the next rows right after the last ones it got,
 * so the row that ended each page is remembered, and a request that starts there continues after it by cursor, which
 * costs the same at any depth. Only a jump to an offset never reached (dragging the scrollbar far) falls back to the
 * offset. Forgotten whenever the filters change.
 */
final class KeysetPages {
    /** Where pages ended, most recently used last; enough for any scrolling back and forth, a few kB at most. */
    private static final int KEPT = 64;

    interface Rows {
        List<RecordListing> at(int offset, int limit);

        List<RecordListing> after(RecordListing.Cursor cursor, int limit);
    }

    private final Map<Integer, RecordListing.Cursor> endings = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, RecordListing.Cursor> eldest) {
            return size() > KEPT;
        }
    };

    List<RecordListing> fetch(RecordQuery.Order order, int offset, int limit, Rows rows) {
        RecordListing.Cursor after = offset == 0 ? null : endings.get(offset);
        List<RecordListing> page = after == null ? rows.at(offset, limit) : rows.after(after, limit);
        if (!page.isEmpty()) {
            endings.put(offset + page.size(), page.get(page.size() - 1).cursor(order));
        }
        return page;
    }

    void forget() {
        endings.clear();
    }
}
