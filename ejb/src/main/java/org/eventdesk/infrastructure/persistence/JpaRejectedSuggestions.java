package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.eventdesk.domain.source.RejectedSuggestion;
import org.eventdesk.domain.source.RejectedSuggestions;

@ApplicationScoped
public class JpaRejectedSuggestions implements RejectedSuggestions {
    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public Set<String> keysFor(long sourceId) {
        return new HashSet<>(em
                .createQuery("select r from RejectedSuggestion r where r.sourceId = :source", RejectedSuggestion.class)
                .setParameter("source", sourceId)
                .getResultList()
                .stream()
                .map(RejectedSuggestion::key)
                .toList());
    }

    @Override
    public void store(RejectedSuggestion rejected) {
        if (!keysFor(rejected.sourceId()).contains(rejected.key())) {
            em.persist(rejected);
        }
    }
}
