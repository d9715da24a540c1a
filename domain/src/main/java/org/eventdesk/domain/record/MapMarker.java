package org.eventdesk.domain.record;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One place of a record as the map draws it: where, how precisely, and enough of the record for its card.
 *
 * @param largestCasualtyFigure the largest number among the record's killed and injured figures (a range's upper
 *     end), or null when it has none: the marker's size
 */
public record MapMarker(
        long place,
        double lat,
        double lon,
        String placeName,
        GeoPrecision geoPrecision,
        long record,
        String title,
        String type,
        RecordStatus status,
        Instant start,
        TimePrecision precision,
        String zone,
        BigDecimal largestCasualtyFigure) {

    /** The record's top-level type ("PROTESTS" for "PROTESTS.PEACEFUL_PROTEST"), which the map colours by. */
    public String typeFamily() {
        if (type == null) {
            return null;
        }
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
