package org.eventdesk.domain.record;

import java.time.Instant;
import java.util.List;

/** A row of the records list. */
public record RecordListing(
        long id,
        String title,
        String type,
        RecordStatus status,
        Instant start,
        TimePrecision precision,
        String zone,
        Verification verification,
        List<String> places,
        String updatedBy,
        Instant updatedAt) {

    /** Where a page ended, in the order it was read: the sort key and the id that breaks ties. */
    public record Cursor(Instant time, long id) {}

    public Cursor cursor(RecordQuery.Order order) {
        return new Cursor(order == RecordQuery.Order.EVENT_TIME ? start : updatedAt, id);
    }

    public RecordListing withPlaces(List<String> names) {
        return new RecordListing(
                id,
                title,
                type,
                status,
                start,
                precision,
                zone,
                verification,
                List.copyOf(names),
                updatedBy,
                updatedAt);
    }
}
