package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.security.SecurityLogQuery;

/** The security log in its table. Persist and select only: there is no merge, update or delete here. */
@ApplicationScoped
public class JpaSecurityLog implements SecurityLog {
    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public void append(SecurityEvent event) {
        em.persist(event);
    }

    /**
     * Newest first. With one kind or one user the ORDER BY leads with that column, so that H2 reads the matching
     * index (kind / actor / subject_user, occurred_at desc, id desc) in order instead of sorting (PLATFORM.md).
     */
    @Override
    public List<SecurityEvent> list(SecurityLogQuery query, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select e from SecurityEvent e where 1 = 1");
        if (!query.kinds().isEmpty()) {
            jpql.append(query.kinds().size() == 1 ? " and e.kind = :kind" : " and e.kind in :kinds");
        }
        if (query.user() != null) {
            jpql.append(" and (e.actor = :user or e.subjectUser = :user)");
        }
        if (query.clientAddress() != null) {
            jpql.append(" and e.clientAddress = :address");
        }
        if (query.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and e.occurredAt < :to");
        }
        jpql.append(
                query.kinds().size() == 1
                        ? " order by e.kind, e.occurredAt desc, e.id desc"
                        : " order by e.occurredAt desc, e.id desc");
        TypedQuery<SecurityEvent> q = em.createQuery(jpql.toString(), SecurityEvent.class);
        if (query.kinds().size() == 1) {
            q.setParameter("kind", query.kinds().iterator().next());
        } else if (!query.kinds().isEmpty()) {
            q.setParameter("kinds", query.kinds());
        }
        if (query.user() != null) {
            q.setParameter("user", query.user());
        }
        if (query.clientAddress() != null) {
            q.setParameter("address", query.clientAddress());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countFrom(String clientAddress, SecurityEventKind kind, Instant after) {
        return em.createQuery(
                        "select count(e) from SecurityEvent e where e.clientAddress = :address and e.kind = :kind"
                                + " and e.occurredAt > :after",
                        Long.class)
                .setParameter("address", clientAddress)
                .setParameter("kind", kind)
                .setParameter("after", after)
                .getSingleResult();
    }

    @Override
    public Optional<Instant> latestFrom(String clientAddress, SecurityEventKind kind) {
        return Optional.ofNullable(em.createQuery(
                        "select max(e.occurredAt) from SecurityEvent e where e.clientAddress = :address"
                                + " and e.kind = :kind",
                        Instant.class)
                .setParameter("address", clientAddress)
                .setParameter("kind", kind)
                .getSingleResult());
    }
}
