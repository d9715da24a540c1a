package org.eventdesk.domain.record;

import java.util.List;
import java.util.Optional;

/** Where records, the taxonomy and the figure categories are kept. */
public interface RecordRepository {
    EventRecord store(EventRecord record);

    /**
     * Adds a record to be written with the others of its batch at the next {@link #flush()}: an import's chunk
     * writes a hundred records in one go, where a flush per record would check every record already added.
     */
    EventRecord add(EventRecord record);

    /** Writes pending changes now, so that a concurrent change is detected inside the caller's method. */
    void flush();

    Optional<EventRecord> find(long id);

    boolean exists(long id);

    /** The titles of records by id, for showing links. */
    java.util.Map<Long, String> titles(java.util.Collection<Long> ids);

    /** Records whose title contains the words, most recently changed first (for picking a link's target). */
    List<RecordListing> titled(String words, int limit);

    /** Records that quote a source in any of their evidence, most recently changed first. */
    List<RecordListing> citing(long sourceId, int limit);

    /** Records that may be the event a new record describes (see the query's rule), most recently changed first. */
    List<RecordListing> sameEvent(SameEventQuery query, int limit);

    /** Links that other records make to this one. */
    List<RecordLink> linksTo(long recordId);

    /**
     * The places of the records the query finds inside a view, counted per cell of a grid with cells {@code
     * cellDegrees} wide (see {@link MapGrid}); at most {@code limit} cells. A query with words maps the best
     * {@link RecordSearch#MAX_RANKED} matches of the search index.
     */
    List<MapCell> mapCells(RecordQuery query, GeoBox view, double cellDegrees, int limit);

    /** Places with their records, for drawing them one by one. */
    List<MapMarker> mapMarkers(java.util.Collection<Long> placeIds);

    /** The places of the records the query finds at exactly one point, newest event first. */
    List<MapMarker> mapMarkersAt(RecordQuery query, double lat, double lon, int limit);

    /** The list's rows; a query with words is answered by the search index ({@link RecordSearch}). */
    List<RecordListing> list(RecordQuery query, int offset, int limit);

    /** The summaries of records by id (records without one are left out), for showing where words matched. */
    java.util.Map<Long, String> summaries(java.util.Collection<Long> ids);

    /** The rows of these records, in the order given (ids of records that no longer exist are left out). */
    List<RecordListing> listings(List<Long> ids);

    /** One page after a cursor (the last row of the page before), for the API's cursor pagination. */
    List<RecordListing> listAfter(RecordQuery query, RecordListing.Cursor after, int limit);

    /** A work queue as the user sees it, most recently changed first. */
    List<RecordListing> queue(RecordQueue queue, String user, int offset, int limit);

    /**
     * How many records the queue holds for the user, counting no further than {@code atMost}: reads at most that
     * many index entries, however full the desk is.
     */
    long countUpTo(RecordQueue queue, String user, int atMost);

    /** How many records are in each status: reads the whole table, so callers keep the answer for a while. */
    java.util.Map<RecordStatus, Long> countByStatus();
}
