package org.eventdesk.domain.publishing;

import java.time.Instant;
import org.eventdesk.domain.record.Verification;

/**
 * A filter of the public lists (the API, the pages, the feed and the exports all take the same). Every part is
 * optional; together they narrow the list.
 *
 * @param type a type code; a top-level type includes its sub-types
 * @param place words of a place name, any case
 * @param country an ISO 3166-1 alpha-2 code
 * @param box a bounding box the record has a place in
 * @param from event start at or after
 * @param before event start before
 * @param updatedSince published, corrected or retracted at or after (for partners syncing)
 * @param category has a figure of this category
 * @param text words in the title or summary
 */
public record PublicQuery(
        String text,
        String type,
        String place,
        String country,
        Box box,
        Instant from,
        Instant before,
        Instant updatedSince,
        Verification verification,
        String category,
        Order order) {

    public static final PublicQuery ALL =
            new PublicQuery(null, null, null, null, null, null, null, null, null, null, Order.EVENT_TIME);

    /** Newest event first (the reader's order), or latest publication, correction or retraction first. */
    public enum Order {
        EVENT_TIME,
        UPDATED
    }

    /** Longitudes and latitudes in degrees; a box whose west edge lies east of its east edge spans the antimeridian. */
    public record Box(double minLon, double minLat, double maxLon, double maxLat) {
        public boolean crossesAntimeridian() {
            return minLon > maxLon;
        }
    }

    /**
     * A position in a list: the sort time and id of a record. The next page lists what comes after it; with
     * {@code backwards}, the previous page lists what comes before it.
     */
    public record Cursor(Instant time, long recordId, boolean backwards) {
        public static Cursor after(Instant time, long recordId) {
            return new Cursor(time, recordId, false);
        }

        public static Cursor before(Instant time, long recordId) {
            return new Cursor(time, recordId, true);
        }
    }
}
