package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.eventdesk.domain.record.EventType;
import org.eventdesk.domain.record.FigureCategory;
import org.eventdesk.domain.record.TaxonomyRepository;

@ApplicationScoped
public class JpaTaxonomyRepository implements TaxonomyRepository {
    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Override
    public List<EventType> eventTypes() {
        return em.createQuery("select t from EventType t order by t.position, t.code", EventType.class)
                .getResultList();
    }

    @Override
    public Optional<EventType> eventType(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(EventType.class, code.strip()));
    }

    @Override
    public EventType store(EventType type) {
        em.persist(type);
        return type;
    }

    @Override
    public List<FigureCategory> figureCategories() {
        return em.createQuery("select c from FigureCategory c order by c.position, c.code", FigureCategory.class)
                .getResultList();
    }

    @Override
    public Optional<FigureCategory> figureCategory(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(FigureCategory.class, code.strip()));
    }

    @Override
    public FigureCategory store(FigureCategory category) {
        em.persist(category);
        return category;
    }
}
