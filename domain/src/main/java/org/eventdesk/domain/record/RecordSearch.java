package org.eventdesk.domain.record;

import java.util.List;

/**
 * The records' full-text index: words found in titles, summaries, claims, place and actor names and the source
 * passages a record cites, with English analysis, kept in step with every save.
 */
public interface RecordSearch {
    /**
     * How deep relevance-ranked results go: the best this many matches, as search engines do; narrower words find
     * the rest. Lists in a time order page by key and have no such limit.
     */
    int MAX_RANKED = 10_000;

    /**
     * The ids of the records matching the query's words and every other filter, in the query's order (see
     * {@link RecordQuery.Order}).
     *
     * @param after for a time order, the row the previous page ended on (or null); ignored when {@link
     *     RecordQuery#ranked() ranked}, where {@code offset} says how many rows were read before
     */
    List<Long> matching(RecordQuery query, RecordListing.Cursor after, int offset, int limit);

    /** Where the words of a search occur in a text, as the index analyses them ("drone" marks "Drones"). */
    List<MarkedText.Span> marks(String words, String text);

    /**
     * Lets the current transaction's records reach the index after it commits without the caller waiting for the
     * index's own commit: for an import's chunk, where that wait took half the time. Searches see the records about
     * a second later (the index commits on its own every second).
     */
    void indexWithoutWaiting();

    /** Whether the index holds no record at all (a new server, or one upgraded from before the index). */
    boolean isEmpty();

    /**
     * Whether no record in the index carries a place's coordinates: an index written before they were indexed (a
     * desk upgraded from a version without the map), which then needs a rebuild for searches within an area.
     */
    boolean lacksCoordinates();

    /** Rebuilds the index from the database: every record read again; searches meanwhile see a partial index. */
    void rebuild();
}
