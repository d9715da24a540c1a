package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventdesk.domain.record.LinkRelation;
import org.eventdesk.domain.record.Occurrence;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.timeline.TimelineQueries;
import org.eventdesk.domain.timeline.TimelineRecords;

/**
 * The timeline's reads: a range of the event-start index ({@code ix_record_start}, walked in its own order, newest
 * first, so a page stops after its limit however many records the range holds), then the first places and the links
 * of the records found, by record id ({@code ix_record_place_record}, {@code ix_record_link_record}).
 */
@ApplicationScoped
public class JpaTimelineRecords implements TimelineRecords {
    /** Record ids per query: an IN list databases handle well. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public List<Row> startingBetween(Instant from, Instant to, int limit) {
        return em.createQuery(TimelineQueries.STARTING_BETWEEN, Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("spiked", RecordStatus.SPIKED)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Row(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        (Instant) row[3],
                        (Instant) row[4],
                        (TimePrecision) row[5],
                        (String) row[6],
                        (Occurrence) row[7],
                        (RecordStatus) row[8]))
                .toList();
    }

    @Override
    public long countStartingBetween(Instant from, Instant to, int atMost) {
        return em.createQuery(TimelineQueries.IDS_STARTING_BETWEEN, Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("spiked", RecordStatus.SPIKED)
                .setMaxResults(atMost)
                .getResultList()
                .size();
    }

    @Override
    public Map<Long, Place> firstPlaces(Collection<Long> recordIds) {
        List<Long> ids = List.copyOf(recordIds);
        Map<Long, Place> places = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery(TimelineQueries.FIRST_PLACES, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultStream()
                    .forEach(row -> places.put((Long) row[0], new Place((String) row[1], (String) row[2])));
        }
        return places;
    }

    @Override
    public List<Link> linksFrom(Collection<Long> recordIds) {
        List<Long> ids = List.copyOf(recordIds);
        List<Link> links = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery(TimelineQueries.LINKS_FROM, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultStream()
                    .forEach(row -> links.add(new Link((Long) row[0], (LinkRelation) row[1], (Long) row[2])));
        }
        return links;
    }
}
