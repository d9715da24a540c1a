package org.eventdesk.domain.timeline;

/**
 * The JPQL of the timeline's reads ({@link TimelineRecords}), kept beside the model so that a unit test can check on
 * H2, with the real migrations, that each one reads an index and never scans a table: the JPA adapter in ejb runs
 * exactly these.
 */
public final class TimelineQueries {
    /**
     * Records starting in {@code [:from, :to)}, spiked ones left out, latest first: a range of {@code ix_record_start}
     * (event_start desc nulls last, id desc) walked in its own order, so the database stops after the page's limit.
     */
    public static final String STARTING_BETWEEN =
            "select r.id, r.title, r.type, r.start, r.end, r.precision, r.zone, r.occurrence, r.status"
                    + " from EventRecord r where r.start >= :from and r.start < :to and r.status <> :spiked"
                    + " order by r.start desc nulls last, r.id desc";

    /** The ids of the same records, read up to a limit to count them. */
    public static final String IDS_STARTING_BETWEEN =
            "select r.id from EventRecord r where r.start >= :from and r.start < :to and r.status <> :spiked"
                    + " order by r.start desc nulls last, r.id desc";

    /** The first place of each record of {@code :ids} (by record id: {@code ix_record_place_record}). */
    public static final String FIRST_PLACES =
            "select r.id, p.name, p.country from EventRecord r join r.places p where r.id in :ids and index(p) = 0";

    /** The links the records of {@code :ids} state (by record id: {@code ix_record_link_record}). */
    public static final String LINKS_FROM =
            "select r.id, l.relation, l.targetId from EventRecord r join r.links l where r.id in :ids";

    private TimelineQueries() {}
}
