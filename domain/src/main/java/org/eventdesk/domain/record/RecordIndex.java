package org.eventdesk.domain.record;

/**
 * The names of the records' full-text index, shared by the mapping (the annotations on {@link EventRecord} and
 * its facts) and the queries that read it, so that the two cannot drift apart.
 *
 * <p>Words are analysed as English ({@link #ENGLISH}: lower-cased, accents folded, stop words dropped, stemmed, so
 * "drone" finds "drones"); the backend defines the analyser under that name (Lucene: the desk's analysis
 * configurer; Elasticsearch/OpenSearch: the same chain declared for its index).
 */
public final class RecordIndex {
    public static final String NAME = "record";
    public static final String ENGLISH = "english";

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String CLAIM_TEXT = "claims.text";
    public static final String CLAIM_SPEAKER = "claims.speaker";
    public static final String PLACE_NAME = "places.name";
    public static final String PLACE_ALIAS = "places.alias";
    public static final String PLACE_COUNTRY = "places.country";
    /**
     * A place's coordinates. The places of a record are one flattened list in the index, so a record with a place
     * inside an area's latitudes and another inside its longitudes also matches it: a search with words may find a
     * few more records in an area than the list without words does.
     */
    public static final String PLACE_LAT = "places.lat";

    public static final String PLACE_LON = "places.lon";
    public static final String ACTOR_NAME = "actors.name";
    /** The words of the sources the record quotes as evidence (the spans it cites, not whole articles). */
    public static final String CITED = "cited";

    public static final String TYPE_LINEAGE = "typeLineage";
    public static final String STATUS = "status";
    public static final String VERIFICATION = "verification";
    public static final String FIGURE_CATEGORY = "figures.category";
    public static final String START = "start";
    public static final String UPDATED_AT = "updatedAt";
    public static final String ID = "id";

    private RecordIndex() {}
}
