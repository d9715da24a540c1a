package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.record.PresenceRepository;
import org.eventdesk.domain.record.RecordPresence;

@ApplicationScoped
public class JpaPresenceRepository implements PresenceRepository {
    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public Optional<RecordPresence> find(long recordId, String username) {
        return em.createQuery(
                        "select p from RecordPresence p where p.recordId = :id and p.username = :user",
                        RecordPresence.class)
                .setParameter("id", recordId)
                .setParameter("user", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<RecordPresence> onRecord(long recordId) {
        return em.createQuery(
                        "select p from RecordPresence p where p.recordId = :id order by p.since", RecordPresence.class)
                .setParameter("id", recordId)
                .getResultList();
    }

    @Override
    public void store(RecordPresence presence) {
        em.persist(presence);
    }

    @Override
    public void remove(RecordPresence presence) {
        em.remove(presence);
    }
}
