package org.eventdesk.domain.record;

import java.util.List;
import java.util.Optional;

/** Where records, the taxonomy and the figure categories are kept. */
public interface RecordRepository {
    EventRecord store(EventRecord record);

    Optional<EventRecord> find(long id);

    boolean exists(long id);

    /** Links that other records make to this one. */
    List<RecordLink> linksTo(long recordId);

    List<RecordListing> list(RecordQuery query, int offset, int limit);

    /** One page after a cursor (the last row of the page before), for the API's cursor pagination. */
    List<RecordListing> listAfter(RecordQuery query, RecordListing.Cursor after, int limit);

    List<EventType> eventTypes();

    List<FigureCategory> figureCategories();

    Optional<EventType> eventType(String code);

    Optional<FigureCategory> figureCategory(String code);
}
