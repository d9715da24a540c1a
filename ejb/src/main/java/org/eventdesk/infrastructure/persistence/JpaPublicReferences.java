package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.domain.publishing.PublicCopies;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicRecords;
import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.FigureCategory;
import org.eventdesk.domain.source.SourceKind;

/** What a public document needs from the rest of the desk: labels, sources (never their text), public titles. */
@ApplicationScoped
public class JpaPublicReferences implements PublicRecords.References {
    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Inject
    private PublicCopies copies;

    @Override
    public Optional<PublicRecord.Type> type(String code) {
        return Optional.ofNullable(em.find(EventType.class, code)).map(type -> {
            EventType parent = type.getParentCode() == null ? null : em.find(EventType.class, type.getParentCode());
            return new PublicRecord.Type(
                    type.getCode(),
                    type.getLabel(),
                    parent == null ? null : parent.getCode(),
                    parent == null ? null : parent.getLabel());
        });
    }

    @Override
    public String categoryLabel(String code) {
        FigureCategory category = em.find(FigureCategory.class, code);
        return category == null ? code : category.getLabel();
    }

    @Override
    public Map<Long, PublicRecord.Source> sources(Set<Long> ids) {
        Map<Long, PublicRecord.Source> sources = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select s.id, s.kind, s.outlet, s.title, s.url, s.publishedAt, s.publishedZone, s.language"
                                    + " from Source s where s.id in :ids",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> sources.put(
                            (Long) row[0],
                            new PublicRecord.Source(
                                    (Long) row[0],
                                    (SourceKind) row[1],
                                    (String) row[2],
                                    (String) row[3],
                                    (String) row[4],
                                    ((Instant) row[5])
                                            .atZone(ZoneId.of((String) row[6]))
                                            .toOffsetDateTime(),
                                    (String) row[7])));
        }
        return sources;
    }

    @Override
    public Map<Long, String> publicTitles(Set<Long> recordIds) {
        return copies.publishedTitles(recordIds);
    }
}
