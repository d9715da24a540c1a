package org.eventdesk.domain.timeline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TimePrecision;

/**
 * What the timeline reads from the desk's tables, each a bounded read of an index: the records by event start
 * ({@code ix_record_start}), their first places and links by record id. Spiked records are left out: they were
 * discarded and are nobody's work any more. The JPA adapter is in ejb.
 */
public interface TimelineRecords {
    /**
     * The records whose event starts in {@code [from, to)}, latest start first (ties: highest id first), at most
     * {@code limit}.
     */
    List<Row> startingBetween(Instant from, Instant to, int limit);

    /** How many records start in {@code [from, to)}, counted up to {@code atMost}. */
    long countStartingBetween(Instant from, Instant to, int atMost);

    /** The first place of each record that has one, by record id. */
    Map<Long, Place> firstPlaces(Collection<Long> recordIds);

    /** The links stated by any of the records, whatever they point at. */
    List<Link> linksFrom(Collection<Long> recordIds);

    /** A record as the timeline draws it. */
    record Row(
            long id,
            String title,
            String type,
            Instant start,
            Instant end,
            TimePrecision precision,
            String zone,
            Occurrence occurrence,
            RecordStatus status) {}

    record Place(String name, String country) {}

    /** Record {@code from} states {@code relation} to record {@code to} ("12 follows 9"). */
    record Link(long from, LinkRelation relation, long to) {}
}
