package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eventdesk.domain.source.Source;
import org.eventdesk.domain.source.SourceListing;
import org.eventdesk.domain.source.SourceQuery;
import org.eventdesk.domain.source.SourceRepository;

@ApplicationScoped
public class JpaSourceRepository implements SourceRepository {
    private static final String LISTING = "select new org.eventdesk.domain.source.SourceListing("
            + "s.id, s.title, s.outlet, s.kind, s.publishedAt, s.publishedZone, s.addedBy, s.addedAt) from Source s";

    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public Source store(Source source) {
        em.persist(source);
        // Flushed now so that a unique-constraint race surfaces here, where the service can name the winner.
        em.flush();
        return source;
    }

    @Override
    public Optional<Source> find(long id) {
        return Optional.ofNullable(em.find(Source.class, id));
    }

    @Override
    public Optional<SourceListing> findByContentHash(String contentHash) {
        return first(em.createQuery(LISTING + " where s.contentHash = :hash", SourceListing.class)
                .setParameter("hash", contentHash));
    }

    @Override
    public Optional<SourceListing> findByCanonicalUrl(String canonicalUrl) {
        return first(em.createQuery(LISTING + " where s.canonicalUrl = :url", SourceListing.class)
                .setParameter("url", canonicalUrl));
    }

    /**
     * The ORDER BY repeats an equality filter's column first and follows the index's directions, the shape
     * H2 needs to read an index in order instead of sorting (see the indexes in V1).
     */
    @Override
    public List<SourceListing> list(SourceQuery query, int offset, int limit) {
        StringBuilder jpql = new StringBuilder(LISTING).append(" where 1 = 1");
        if (query.outlet() != null) {
            jpql.append(" and s.outlet = :outlet");
        }
        if (query.text() != null) {
            jpql.append(" and (lower(s.title) like :text escape '\\' or lower(s.outlet) like :text escape '\\')");
        }
        if (query.publishedFrom() != null) {
            jpql.append(" and s.publishedAt >= :from");
        }
        if (query.publishedBefore() != null) {
            jpql.append(" and s.publishedAt < :before");
        }
        String time = query.order() == SourceQuery.Order.PUBLISHED ? "s.publishedAt" : "s.addedAt";
        jpql.append(" order by ");
        if (query.outlet() != null) {
            jpql.append("s.outlet, ");
        }
        jpql.append(time).append(" desc, s.id desc");

        TypedQuery<SourceListing> typed = em.createQuery(jpql.toString(), SourceListing.class);
        if (query.outlet() != null) {
            typed.setParameter("outlet", query.outlet());
        }
        if (query.text() != null) {
            typed.setParameter("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.publishedFrom() != null) {
            typed.setParameter("from", query.publishedFrom());
        }
        if (query.publishedBefore() != null) {
            typed.setParameter("before", query.publishedBefore());
        }
        return typed.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<SourceListing> listings(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(LISTING + " where s.id in :ids order by s.id", SourceListing.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<String> outletsStartingWith(String prefix, int limit) {
        return em.createQuery(
                        "select distinct s.outlet from Source s where lower(s.outlet) like :prefix escape '\\' order by s.outlet",
                        String.class)
                .setParameter("prefix", escapeLike(prefix == null ? "" : prefix.toLowerCase(Locale.ROOT)) + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
