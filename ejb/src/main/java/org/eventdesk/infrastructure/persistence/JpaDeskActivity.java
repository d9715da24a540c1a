package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eventdesk.domain.dashboard.DeskActivity;
import org.eventdesk.domain.dashboard.PublicationDay;
import org.eventdesk.domain.dashboard.ReportedFigure;
import org.eventdesk.domain.dashboard.ReviewEvent;
import org.eventdesk.domain.dashboard.ReviewWeeks;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecordJson;
import org.eventdesk.domain.record.Amount;
import org.eventdesk.domain.record.ChangeAction;
import org.eventdesk.domain.record.PublicationKind;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordStatus;

/**
 * The dashboard's reads, each a range of an index: event_record (status, event_start), record_change (action,
 * changed_at), publication (published_at), and the records' own rows by record id.
 */
@ApplicationScoped
public class JpaDeskActivity implements DeskActivity {
    /** Record ids per query: an IN list databases handle well. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public long countUpTo(RecordStatus status, int atMost) {
        return em.createQuery("select r.id from EventRecord r where r.status = :status", Long.class)
                .setParameter("status", status)
                .setMaxResults(atMost)
                .getResultList()
                .size();
    }

    @Override
    public List<PublicationDay.Entry> publicationsSince(Instant since) {
        return em.createQuery("select p.at, p.kind from Publication p where p.at >= :since", Object[].class)
                .setParameter("since", since)
                .getResultStream()
                .map(row -> new PublicationDay.Entry((Instant) row[0], (PublicationKind) row[1]))
                .toList();
    }

    @Override
    public List<Long> recordsDecidedSince(Instant since) {
        return em.createQuery(
                        "select distinct c.recordId from RecordChange c where c.action in :decisions and c.at >= :since",
                        Long.class)
                .setParameter("decisions", List.of(ChangeAction.APPROVED, ChangeAction.RETURNED))
                .setParameter("since", since)
                .getResultList();
    }

    @Override
    public List<ReviewEvent> reviewSteps(Collection<Long> recordIds) {
        List<Long> ids = List.copyOf(recordIds);
        List<ReviewEvent> steps = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery(
                            "select c.recordId, c.action, c.at from RecordChange c"
                                    + " where c.recordId in :ids and c.action in :steps",
                            Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setParameter("steps", ReviewWeeks.STEPS)
                    .getResultStream()
                    .forEach(row -> steps.add(new ReviewEvent((Long) row[0], (ChangeAction) row[1], (Instant) row[2])));
        }
        return steps;
    }

    /**
     * The figures readers read, by the week their event began. A published record's figures are its own rows (it
     * cannot change without a correction). A record under correction is read from its sealed public copy instead, so
     * it keeps counting as readers read it until its next version is published; a retracted one no longer counts.
     * Only those few copies are parsed, so the dashboard stays one query over the figures however many records are
     * published.
     */
    @Override
    public List<ReportedFigure> publishedFigures(Instant from, Instant to) {
        List<ReportedFigure> figures = new ArrayList<>();
        em.createQuery(
                        "select r.id, index(f), f.parent, f.category, r.start, f.value.qualifier, f.value.value,"
                                + " f.value.low, f.value.high, f.value.numerator, f.value.denominator"
                                + " from EventRecord r join r.figures f"
                                + " where r.status = :published and r.start >= :from and r.start < :to",
                        Object[].class)
                .setParameter("published", RecordStatus.PUBLISHED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(row -> figures.add(new ReportedFigure(
                        (Long) row[0],
                        (Integer) row[1],
                        (Integer) row[2],
                        (String) row[3],
                        (Instant) row[4],
                        new Amount(
                                (Qualifier) row[5],
                                (BigDecimal) row[6],
                                (BigDecimal) row[7],
                                (BigDecimal) row[8],
                                (BigDecimal) row[9],
                                (BigDecimal) row[10]))));
        em.createQuery(
                        "select c.recordId, c.start, c.document from PublicCopy c, EventRecord r"
                                + " where r.id = c.recordId and c.status = :public and r.status <> :published"
                                + " and c.start >= :from and c.start < :to",
                        Object[].class)
                .setParameter("public", PublicRecord.Status.PUBLISHED)
                .setParameter("published", RecordStatus.PUBLISHED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(row -> {
                    List<PublicRecord.Figure> sealed =
                            PublicRecordJson.parse((String) row[2]).figures();
                    for (int position = 0; position < sealed.size(); position++) {
                        PublicRecord.Figure figure = sealed.get(position);
                        figures.add(new ReportedFigure(
                                (Long) row[0],
                                position,
                                figure.partOf(),
                                figure.category(),
                                (Instant) row[1],
                                figure.amount()));
                    }
                });
        return figures;
    }
}
