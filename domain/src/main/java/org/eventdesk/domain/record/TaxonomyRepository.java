package org.eventdesk.domain.record;

import java.util.List;
import java.util.Optional;

/**
 * Where the admin's desk keeps the code lists records use: the event types and the figure categories. Entries are
 * stored and changed, never removed (records refer to their codes).
 */
public interface TaxonomyRepository {
    /** Every event type, inactive ones included, in list order. */
    List<EventType> eventTypes();

    Optional<EventType> eventType(String code);

    EventType store(EventType type);

    /** Every figure category, inactive ones included, in list order. */
    List<FigureCategory> figureCategories();

    Optional<FigureCategory> figureCategory(String code);

    FigureCategory store(FigureCategory category);
}
