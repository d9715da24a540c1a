package org.eventdesk.web.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.Verification;
import org.junit.jupiter.api.Test;

class KeysetPagesTest {
    /** 500 records, newest first by last change; remembers how each page was asked for. */
    private final List<RecordListing> all = IntStream.range(0, 500)
            .mapToObj(
                    i -> listing(1000 - i, Instant.parse("2026-01-01T00:00:00Z").minusSeconds(i * 60L)))
            .toList();

    private final List<String> asked = new ArrayList<>();

    private final KeysetPages.Rows rows = new KeysetPages.Rows() {
        @Override
        public List<RecordListing> at(int offset, int limit) {
            asked.add("offset " + offset);
            return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        }

        @Override
        public List<RecordListing> after(RecordListing.Cursor cursor, int limit) {
            asked.add("after #" + cursor.id());
            int from = IntStream.range(0, all.size())
                            .filter(i -> all.get(i).id() == cursor.id())
                            .findFirst()
                            .orElseThrow()
                    + 1;
            return all.subList(from, Math.min(from + limit, all.size()));
        }
    };

    @Test
    void scrollingOnContinuesAfterTheLastRowAndGivesTheSameRowsAsOffsets() {
        KeysetPages pages = new KeysetPages();
        List<RecordListing> seen = new ArrayList<>();
        for (int offset = 0; offset < 500; offset += 50) {
            seen.addAll(pages.fetch(RecordQuery.Order.LAST_CHANGE, offset, 50, rows));
        }
        assertEquals(all, seen);
        assertEquals("offset 0", asked.get(0));
        assertEquals("after #951", asked.get(1));
        assertEquals(9, asked.stream().filter(a -> a.startsWith("after")).count());
    }

    @Test
    void aJumpToAnOffsetNeverReachedAndAChangeOfFiltersUseTheOffset() {
        KeysetPages pages = new KeysetPages();
        pages.fetch(RecordQuery.Order.LAST_CHANGE, 0, 50, rows);
        assertEquals(all.subList(300, 350), pages.fetch(RecordQuery.Order.LAST_CHANGE, 300, 50, rows));
        assertEquals("offset 300", asked.get(1));
        pages.forget();
        pages.fetch(RecordQuery.Order.LAST_CHANGE, 50, 50, rows);
        assertEquals("offset 50", asked.get(2));
    }

    private static RecordListing listing(long id, Instant updated) {
        return new RecordListing(
                id,
                "Record " + id,
                null,
                RecordStatus.DRAFT,
                null,
                null,
                null,
                Verification.UNVERIFIED,
                null,
                "editor",
                updated);
    }
}
