package org.eventdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.GeoBox;
import org.eventdesk.domain.record.GeoPrecision;
import org.eventdesk.domain.record.MapCell;
import org.eventdesk.domain.record.MapMarker;
import org.eventdesk.domain.record.RecordLink;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordQueue;
import org.eventdesk.domain.record.RecordRepository;
import org.eventdesk.domain.record.RecordSearch;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.domain.record.SameEventQuery;
import org.eventdesk.domain.record.TimePrecision;
import org.eventdesk.domain.shared.SchemaDialect;
import org.hibernate.engine.spi.SessionImplementor;

@ApplicationScoped
public class JpaRecordRepository implements RecordRepository {
    private static final String LISTING = "select new org.eventdesk.domain.record.RecordListing(r.id, r.title, r.type,"
            + " r.status, r.start, r.precision, r.zone, r.verification, null, r.updatedBy, r.updatedAt) from EventRecord r";

    /**
     * How many edited records a user's own queues read by the user (see {@link #fewEditedBy}): few enough for one
     * list of ids in a query (PostgreSQL takes at most 32,767 parameters).
     */
    public static final int FEW_EDITED = 5_000;

    private int fewEdited = FEW_EDITED;

    private KnownNames knownNames = new KnownNames(KnownNames.FEW_HOLDERS);

    /** The database: H2 filters by names through {@link KnownNames}. Null until a filter asks. */
    private volatile SchemaDialect database;

    @PersistenceContext(unitName = "eventdesk")
    private EntityManager em;

    @Inject
    private RecordSearch search;

    public JpaRecordRepository() {}

    /**
     * Outside the server (the grid benchmark): the same queries on an entity manager of the caller's. Words need the
     * search index, which only the server runs.
     */
    public JpaRecordRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Outside the server, reading a user's own queues by the user's edited records only up to {@code fewEdited} of
     * them (0: always by the status), so that a test walks both ways on a small desk.
     */
    public JpaRecordRepository(EntityManager em, int fewEdited) {
        this.em = em;
        this.fewEdited = fewEdited;
    }

    /**
     * Outside the server, as {@link #JpaRecordRepository(EntityManager, int)}, and on H2 reading the records that hold
     * a name by id only when at most {@code fewHolders} do (0: when none do), so that a test takes every way.
     */
    public JpaRecordRepository(EntityManager em, int fewEdited, int fewHolders) {
        this(em, fewEdited);
        this.knownNames = new KnownNames(fewHolders);
    }

    /** Outside the server with a search index of the caller's (the full-text benchmark): words work too. */
    public JpaRecordRepository(EntityManager em, RecordSearch search) {
        this.em = em;
        this.search = search;
    }

    @Override
    public EventRecord store(EventRecord record) {
        em.persist(record);
        em.flush();
        return record;
    }

    @Override
    public EventRecord add(EventRecord record) {
        em.persist(record);
        return record;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<EventRecord> find(long id) {
        return Optional.ofNullable(em.find(EventRecord.class, id));
    }

    @Override
    public boolean exists(long id) {
        return !em.createQuery("select r.id from EventRecord r where r.id = :id", Long.class)
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Map<Long, String> titles(java.util.Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select r.id, r.title from EventRecord r where r.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return titles;
    }

    @Override
    public List<RecordListing> titled(String words, int limit) {
        return withPlaces(em.createQuery(
                        LISTING + " where lower(r.title) like :words escape '\\'"
                                + " order by r.updatedAt desc, r.id desc",
                        RecordListing.class)
                .setParameter("words", contains(words == null ? "" : words))
                .setMaxResults(limit)
                .getResultList());
    }

    /** Evidence lives in one table per kind of fact; a record cites a source if any of them quotes it. */
    @Override
    public List<RecordListing> citing(long sourceId, int limit) {
        return withPlaces(em.createQuery(
                        LISTING + " where r.id in ("
                                + " select f.record.id from Figure f join f.evidence e where e.sourceId = :source)"
                                + " or r.id in (select c.record.id from Claim c join c.evidence e where e.sourceId = :source)"
                                + " or r.id in (select p.record.id from RecordPlace p join p.evidence e where e.sourceId = :source)"
                                + " or r.id in (select a.record.id from RecordActor a join a.evidence e where e.sourceId = :source)"
                                + " or r.id in (select x.id from EventRecord x join x.summaryEvidence e where e.sourceId = :source)"
                                + " or r.id in (select y.id from EventRecord y join y.timeEvidence e where e.sourceId = :source)"
                                + " order by r.updatedAt desc, r.id desc",
                        RecordListing.class)
                .setParameter("source", sourceId)
                .setMaxResults(limit)
                .getResultList());
    }

    private static final int MAX_SIMILAR_SCAN = 200;

    @Override
    public List<RecordListing> sameEvent(SameEventQuery query, int limit) {
        List<Long> citing = query.notCiting() == null
                ? List.of()
                : citing(query.notCiting(), MAX_SIMILAR_SCAN).stream()
                        .map(RecordListing::id)
                        .toList();
        TypedQuery<RecordListing> typed = em.createQuery(
                        LISTING + " where r.start <= :to and coalesce(r.end, r.start) >= :from"
                                + (query.topLevelType() == null ? "" : " and (r.type = :type or r.type like :subtypes)")
                                + " and r.status <> org.eventdesk.domain.record.RecordStatus.SPIKED"
                                + " and exists (select 1 from RecordPlace p where p.record = r and lower(p.name) in :names)"
                                + " order by r.updatedAt desc, r.id desc",
                        RecordListing.class)
                .setParameter("from", query.from())
                .setParameter("to", query.to())
                .setParameter("names", List.copyOf(query.placeNames()));
        if (query.topLevelType() != null) {
            typed.setParameter("type", query.topLevelType()).setParameter("subtypes", query.topLevelType() + ".%");
        }
        // Records quoting the source are dropped here rather than in SQL: a handful at most, read by the same index.
        return withPlaces(typed.setMaxResults(limit + citing.size()).getResultList()).stream()
                .filter(r -> !citing.contains(r.id()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<RecordLink> linksTo(long recordId) {
        return em.createQuery(
                        "select l from RecordLink l join fetch l.record where l.targetId = :id order by l.id",
                        RecordLink.class)
                .setParameter("id", recordId)
                .getResultList();
    }

    /** Words go to the search index, which applies the other filters too (a scan of the table otherwise). */
    @Override
    public List<RecordListing> list(RecordQuery query, int offset, int limit) {
        if (query.text() != null) {
            return listings(search.matching(query, null, offset, limit));
        }
        if (offset == 0 && bySubType(query) && onH2()) {
            // On H2, a sub-type's first page as the page after the end of time: the same rows, but read as a range of
            // the time column, which H2 can take only from the index that also holds the order. Without it, at a
            // million records H2 took the type's foreign-key index (that column alone) and sorted all 83,436 records
            // of the type for 50 (0.7 s, grid benchmark on the generated million). Every other first page, and this
            // one on PostgreSQL, goes without the range: PostgreSQL finds the index unaided, and with the range it
            // planned the statement anew at every run (the range's values unknown, a generic plan looked dearer).
            return listAfter(query, AFTER_THE_END, limit);
        }
        return conditions(query)
                .map(where -> withPlaces(
                        page(typed(query, where, null), offset, limit).getResultList()))
                .orElse(List.of());
    }

    /**
     * Later than every record's time and id: a cursor whose next page is the first. The API takes times up to the
     * year 9999 in the writer's own offset, up to 10000-01-01T18:00Z; both databases hold a later instant.
     */
    private static final RecordListing.Cursor AFTER_THE_END =
            new RecordListing.Cursor(java.time.Instant.parse("+10000-01-02T00:00:00Z"), Long.MAX_VALUE);

    @Override
    public List<RecordListing> listAfter(RecordQuery query, RecordListing.Cursor after, int limit) {
        if (query.text() != null) {
            int read = query.ranked() ? (int) Math.min(after.id(), RecordSearch.MAX_RANKED) : 0;
            return listings(search.matching(query, after, read, limit));
        }
        Optional<Conditions> where = conditions(query);
        if (where.isEmpty()) {
            return List.of();
        }
        List<RecordListing> page =
                typed(query, where.get(), after).setMaxResults(limit).getResultList();
        if (page.size() < limit && after.time() != null && query.order() == RecordQuery.Order.EVENT_TIME) {
            // Records without an event time come after all others; the cursor's own condition leaves them out so that
            // it stays a range the index can seek to, so the page is topped up from them here.
            // Asked with the page's own size and cut here: a size that changed with each page would have Hibernate
            // translate the query again each time on PostgreSQL, where the size is written into the statement.
            List<RecordListing> timeless = typed(query, where.get(), new RecordListing.Cursor(null, Long.MAX_VALUE))
                    .setMaxResults(limit)
                    .getResultList();
            page = java.util.stream.Stream.concat(page.stream(), timeless.stream())
                    .limit(limit)
                    .toList();
        }
        return withPlaces(page);
    }

    @Override
    public Map<Long, String> summaries(java.util.Collection<Long> ids) {
        Map<Long, String> summaries = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select r.id, r.summary from EventRecord r where r.id in :ids and r.summary is not null",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> summaries.put((Long) row[0], (String) row[1]));
        }
        return summaries;
    }

    @Override
    public List<RecordListing> listings(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RecordListing> byId = new HashMap<>();
        em.createQuery(LISTING + " where r.id in :ids", RecordListing.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byId.put(r.id(), r));
        return withPlaces(
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * The conditions of every filter but the words on the record {@code r}: by its own columns, and by its facts
     * through {@code exists} subqueries, so a record with two matching places is found once.
     *
     * @return false when no record can match (on H2, a name that no actor or place has)
     */
    private boolean filter(RecordQuery query, String r, StringBuilder jpql, Map<String, Object> parameters) {
        // A sub-type is an equality that an index on the type can lead with; a top-level type also takes its sub-types.
        if (bySubType(query)) {
            jpql.append(" and " + r + ".type = :type");
            parameters.put("type", query.type());
        } else if (query.type() != null) {
            jpql.append(" and (" + r + ".type = :type or " + r + ".type like :subtypes escape '\\')");
            parameters.put("type", query.type());
            parameters.put("subtypes", escape(query.type()) + ".%");
        }
        if (query.status() != null) {
            jpql.append(" and " + r + ".status = :status");
            parameters.put("status", query.status());
        }
        if (query.from() != null) {
            jpql.append(" and " + r + ".start >= :from");
            parameters.put("from", query.from());
        }
        if (query.before() != null) {
            jpql.append(" and " + r + ".start < :before");
            parameters.put("before", query.before());
        }
        if (query.verification() != null) {
            jpql.append(" and " + r + ".verification = :verification");
            parameters.put("verification", query.verification());
        }
        // A name anywhere in a place's or an actor's name: on PostgreSQL V20's trigram indexes answer lower(name) like
        // for a rare name (NameStatisticsIT checks a copy of these two conditions: change both together); on H2 the
        // known names say which records hold it when few do.
        if (query.place() != null && !byName(KnownNames.Fact.PLACE, query.place(), "place", r, jpql, parameters)) {
            return false;
        }
        if (query.country() != null) {
            jpql.append(
                    " and exists (select 1 from RecordPlace c where c.record = " + r + " and c.country = :country)");
            parameters.put("country", query.country().toUpperCase(Locale.ROOT));
        }
        if (query.actor() != null && !byName(KnownNames.Fact.ACTOR, query.actor(), "actor", r, jpql, parameters)) {
            return false;
        }
        if (query.figureCategory() != null) {
            jpql.append(" and exists (select 1 from Figure f where f.record = " + r + " and f.category = :category)");
            parameters.put("category", query.figureCategory());
        }
        if (query.area() != null) {
            jpql.append(" and exists (select 1 from RecordPlace g where g.record = " + r
                    + " and g.lat between :south and :north and g.lon between :west and :east)");
            bindArea(query.area(), parameters);
        }
        return true;
    }

    /**
     * The condition of a filter by a name anywhere in the name of one of the record {@code r}'s facts of a kind, bound
     * to {@code parameter}.
     *
     * @return false when no record holds such a name
     */
    private boolean byName(
            KnownNames.Fact fact,
            String words,
            String parameter,
            String r,
            StringBuilder jpql,
            Map<String, Object> parameters) {
        String pattern = contains(words);
        KnownNames.Holders holders = onH2() ? knownNames.holders(em, fact, pattern) : new KnownNames.ManyHolders();
        if (holders instanceof KnownNames.NoHolder) {
            return false;
        }
        if (holders instanceof KnownNames.FewHolders few) {
            jpql.append(" and " + r + ".id in :" + parameter);
            parameters.put(parameter, few.recordIds());
        } else {
            String f = fact.alias;
            jpql.append(" and exists (select 1 from " + fact.entity + " " + f + " where " + f + ".record = " + r
                    + " and lower(" + f + ".name) like :" + parameter + " escape '\\')");
            parameters.put(parameter, pattern);
        }
        return true;
    }

    private boolean onH2() {
        if (database == null) {
            database = Databases.of(em);
        }
        return database == SchemaDialect.H2;
    }

    /** A sub-type ("PROTESTS.PEACEFUL_PROTEST") has none of its own: the taxonomy has two levels. */
    private static boolean bySubType(RecordQuery query) {
        return query.type() != null && query.type().contains(".");
    }

    private static void bindArea(GeoBox area, Map<String, Object> parameters) {
        parameters.put("south", area.south());
        parameters.put("north", area.north());
        parameters.put("west", area.west());
        parameters.put("east", area.east());
    }

    /**
     * The list's rows (see {@link #filter}). Newest first by event time (records without one last) or by last
     * change, then by id; a cursor continues strictly after the row it names.
     */
    private TypedQuery<RecordListing> typed(RecordQuery query, Conditions where, RecordListing.Cursor after) {
        StringBuilder jpql = new StringBuilder(LISTING).append(" where 1 = 1").append(where.jpql());
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        boolean byEvent = query.order() == RecordQuery.Order.EVENT_TIME;
        String time = byEvent ? "r.start" : "r.updatedAt";
        if (after != null) {
            if (after.time() == null) {
                jpql.append(" and " + time + " is null and r.id < :afterId");
            } else {
                // "time <= t" on its own is a range the database seeks to in the index (a deep page costs what the
                // first does); an OR with it, or the rows without a time, would make it walk from the top.
                jpql.append(" and " + time + " <= :afterTime and (" + time + " < :afterTime or r.id < :afterId)");
                parameters.put("afterTime", after.time());
            }
            parameters.put("afterId", after.id());
        }
        // One column the query holds equal leads the ORDER BY (it does not change the order), so that the database
        // walks the index that starts with it, already sorted, and stops after a page (PLATFORM.md, "H2 at a million
        // rows"); the V12 indexes have each of these columns followed by both sort orders.
        String leading = bySubType(query)
                ? "r.type, "
                : query.status() != null ? "r.status, " : query.verification() != null ? "r.verification, " : "";
        // Only the event time may be missing. The last change never is, and "nulls last" on it would not match its
        // indexes on PostgreSQL (where "desc" puts nulls first): every record was sorted for a page there, 166-768 ms
        // at a million (grid benchmark), against 1-2 ms with the index.
        jpql.append(" order by ")
                .append(leading)
                .append(time)
                .append(byEvent ? " desc nulls last" : " desc")
                .append(", r.id desc");
        TypedQuery<RecordListing> typed = em.createQuery(jpql.toString(), RecordListing.class);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    /** The list's conditions on {@code r}, and the values they are bound to. */
    private record Conditions(String jpql, Map<String, Object> parameters) {}

    /**
     * The words' and the filters' conditions, worked out once for all the statements of a page (on H2 a filter by a
     * name reads the known names for them). Empty when no record can match.
     */
    private Optional<Conditions> conditions(RecordQuery query) {
        StringBuilder jpql = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (query.text() != null) {
            jpql.append(" and (lower(r.title) like :text escape '\\' or lower(r.summary) like :text escape '\\')");
            parameters.put("text", contains(query.text()));
        }
        return filter(query, "r", jpql, parameters)
                ? Optional.of(new Conditions(jpql.toString(), parameters))
                : Optional.empty();
    }

    /**
     * One row per grid cell, grouped in the database (FLOOR through FUNCTION because the server's JPA runs in strict
     * compliance). The cell's size is a literal of the query: it comes from the zoom ({@link
     * org.eventdesk.domain.record.MapGrid#cellDegrees}), never from the caller's text.
     */
    @Override
    public List<MapCell> mapCells(RecordQuery query, GeoBox view, double cellDegrees, int limit) {
        String cell = BigDecimal.valueOf(cellDegrees).toPlainString();
        String latCell = "function('floor', mp.lat / " + cell + ")";
        String lonCell = "function('floor', mp.lon / " + cell + ")";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("viewSouth", view.south());
        parameters.put("viewNorth", view.north());
        parameters.put("viewWest", view.west());
        parameters.put("viewEast", view.east());
        StringBuilder filters = new StringBuilder();
        // The filters name the record as the place's own path, not a join: a filter by places alone (the area drawn,
        // a country) then compares record ids and never reads the records' rows, and one by the record's columns
        // gets its join from Hibernate. Unfiltered (the map as it opens), the places' (lat, lon) index (V15) holds
        // every column the grouping reads, their ids included, so the database groups the index alone.
        if (!mapped(query, "mp.record", filters, parameters)) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select count(mp), avg(mp.lat), avg(mp.lon), min(mp.lon), min(mp.lat),"
                        + " max(mp.lon), max(mp.lat), min(mp.id) from RecordPlace mp")
                .append(" where mp.lat between :viewSouth and :viewNorth and mp.lon between :viewWest and :viewEast")
                .append(filters)
                .append(" group by ")
                .append(latCell)
                .append(", ")
                .append(lonCell);
        TypedQuery<Object[]> typed = em.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(limit).getResultList().stream()
                .map(row -> new MapCell(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).doubleValue(),
                        ((Number) row[2]).doubleValue(),
                        new GeoBox(
                                ((Number) row[3]).doubleValue(),
                                ((Number) row[4]).doubleValue(),
                                ((Number) row[5]).doubleValue(),
                                ((Number) row[6]).doubleValue()),
                        ((Number) row[7]).longValue()))
                .toList();
    }

    @Override
    public List<MapMarker> mapMarkers(java.util.Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        return withCasualties(em.createQuery(MARKER + " where mp.id in :ids order by mp.id", Object[].class)
                .setParameter("ids", placeIds)
                .getResultList());
    }

    @Override
    public List<MapMarker> mapMarkersAt(RecordQuery query, double lat, double lon, int limit) {
        StringBuilder jpql = new StringBuilder(MARKER).append(" where mp.lat = :lat and mp.lon = :lon");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("lat", lat);
        parameters.put("lon", lon);
        if (!mapped(query, "r", jpql, parameters)) {
            return List.of();
        }
        jpql.append(" order by r.start desc nulls last, r.id desc");
        TypedQuery<Object[]> typed = em.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(typed::setParameter);
        return withCasualties(typed.setMaxResults(limit).getResultList());
    }

    private static final String MARKER = "select mp.id, mp.lat, mp.lon, mp.name, mp.precision, r.id, r.title, r.type,"
            + " r.status, r.start, r.precision, r.zone from RecordPlace mp join mp.record r";

    /**
     * Adds the query's filters to a query over places {@code mp} of the record {@code r} (an alias, or the path {@code
     * mp.record}); words are the search index's best matches (false: none match, so there is nothing to map).
     */
    private boolean mapped(RecordQuery query, String r, StringBuilder jpql, Map<String, Object> parameters) {
        if (query.text() != null) {
            List<Long> matches =
                    search.matching(query.withOrder(RecordQuery.Order.RELEVANCE), null, 0, RecordSearch.MAX_RANKED);
            if (matches.isEmpty()) {
                return false;
            }
            jpql.append(" and " + r + ".id in :matches");
            parameters.put("matches", matches);
        }
        return filter(query, r, jpql, parameters);
    }

    /** The rows of {@link #MARKER} with the largest killed or injured figure of each record, in one more query. */
    private List<MapMarker> withCasualties(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> largest = new HashMap<>();
        em.createQuery(
                        "select f.record.id, max(coalesce(f.value.high, f.value.value)) from Figure f"
                                + " where f.record.id in :ids and f.category in ('KILLED', 'INJURED')"
                                + " group by f.record.id",
                        Object[].class)
                .setParameter(
                        "ids",
                        rows.stream().map(row -> (Long) row[5]).distinct().toList())
                .getResultList()
                .forEach(row -> {
                    if (row[1] != null) {
                        largest.put((Long) row[0], (BigDecimal) row[1]);
                    }
                });
        return rows.stream()
                .map(row -> new MapMarker(
                        (Long) row[0],
                        (Double) row[1],
                        (Double) row[2],
                        (String) row[3],
                        (GeoPrecision) row[4],
                        (Long) row[5],
                        (String) row[6],
                        (String) row[7],
                        (RecordStatus) row[8],
                        (java.time.Instant) row[9],
                        (TimePrecision) row[10],
                        (String) row[11],
                        largest.get((Long) row[5])))
                .toList();
    }

    /**
     * The place names of a page of records, in one query rather than one per row. The ids go as one array parameter
     * ({@code = any(?)}, which H2 and PostgreSQL both answer from the index on the record's places): Hibernate
     * translates a JPQL {@code in :ids} anew for every list it is given, which was two thirds of the records grid's
     * time outside the database (grid benchmark, sampled with JFR). The statement runs as plain JDBC on the session's
     * own connection: as a Hibernate native query it was a third of what remained on H2 (its parameters parsed and its
     * result types read from the result set's metadata on every page; opening page, 20,000 records).
     */
    private List<RecordListing> withPlaces(List<RecordListing> page) {
        if (page.isEmpty()) {
            return page;
        }
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        // What Hibernate does before a query of the places' table: unsaved changes to places are written first, inside
        // a transaction only (the list paths have none to write).
        session.autoFlushIfRequired(Set.of("record_place"));
        Long[] ids = page.stream().map(RecordListing::id).toArray(Long[]::new);
        Map<Long, List<String>> names = session.doReturningWork(connection -> placeNames(connection, ids));
        return page.stream()
                .map(r -> r.withPlaces(names.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static Map<Long, List<String>> placeNames(Connection connection, Long[] ids) throws SQLException {
        Map<Long, List<String>> names = new HashMap<>();
        Array idArray = connection.createArrayOf("BIGINT", ids);
        try (PreparedStatement statement = connection.prepareStatement(
                "select record_id, name from record_place where record_id = any(?) order by id")) {
            statement.setArray(1, idArray);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        } finally {
            idArray.free();
        }
        return names;
    }

    @Override
    public List<RecordListing> queue(RecordQueue queue, String user, int offset, int limit) {
        List<Long> edited = fewEditedBy(queue, user);
        if (edited != null) {
            if (edited.isEmpty()) {
                return List.of();
            }
            return withPlaces(page(
                            em.createQuery(
                                            LISTING + " where r.id in :ids and r.status = :status"
                                                    + " order by r.updatedAt desc, r.id desc",
                                            RecordListing.class)
                                    .setParameter("ids", edited)
                                    .setParameter("status", queue.status()),
                            offset,
                            limit)
                    .getResultList());
        }
        // The status leads the ORDER BY (every queue holds it equal) so the index on (status, updated_at) is walked.
        TypedQuery<RecordListing> typed = em.createQuery(
                LISTING + queueWhere(queue) + " order by r.status, r.updatedAt desc, r.id desc", RecordListing.class);
        bindQueue(typed, queue, user);
        return withPlaces(page(typed, offset, limit).getResultList());
    }

    /**
     * Rows {@code offset} to {@code offset + limit}; a first page is asked for without an offset. On PostgreSQL the
     * page size is written into the statement and the offset is bound (PostgreSQLDialectWithWrittenLimits): a bound
     * offset, even 0, would have PostgreSQL plan the first page again at every run.
     */
    private static <T> TypedQuery<T> page(TypedQuery<T> query, int offset, int limit) {
        if (offset > 0) {
            query.setFirstResult(offset);
        }
        return query.setMaxResults(limit);
    }

    /** The ids of at most {@code atMost} rows, counted here: an index range read that stops, where count(*) scans. */
    @Override
    public long countUpTo(RecordQueue queue, String user, int atMost) {
        List<Long> edited = fewEditedBy(queue, user);
        if (edited != null) {
            return edited.isEmpty()
                    ? 0
                    : em.createQuery(
                                    "select r.id from EventRecord r where r.id in :ids and r.status = :status",
                                    Long.class)
                            .setParameter("ids", edited)
                            .setParameter("status", queue.status())
                            .setMaxResults(atMost)
                            .getResultList()
                            .size();
        }
        TypedQuery<Long> typed = em.createQuery("select r.id from EventRecord r" + queueWhere(queue), Long.class);
        bindQueue(typed, queue, user);
        return typed.setMaxResults(atMost).getResultList().size();
    }

    /**
     * For a user's own queue ("My drafts", "Returned to me"): the records the user has edited, read from the editors'
     * index on (username, record_id), when there are at most {@link #FEW_EDITED} of them; otherwise null. Walking the
     * status's index instead checks every record of that status for the user's part: at a million records, 100,000
     * drafts for someone who has none (a new editor: 0.2–0.4 s on each page's count, measured). Someone who has edited
     * more than that many records has drafts and returns among them often enough that the status walk, which stops
     * at the count's limit, finds them soon.
     */
    private List<Long> fewEditedBy(RecordQueue queue, String user) {
        if (queue.involvement() != RecordQueue.Involvement.MINE || fewEdited <= 0) {
            return null;
        }
        // Native: the editors' table alone, read by its index; JPQL would reach it through EventRecord.
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select record_id from record_revision_editor where username = ?1")
                .setParameter(1, user)
                .setMaxResults(fewEdited + 1)
                .getResultList();
        return ids.size() > fewEdited
                ? null
                : ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Map<RecordStatus, Long> countByStatus() {
        Map<RecordStatus, Long> counts = new EnumMap<>(RecordStatus.class);
        em.createQuery("select r.status, count(r) from EventRecord r group by r.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((RecordStatus) row[0], (Long) row[1]));
        return counts;
    }

    private static String queueWhere(RecordQueue queue) {
        // The record's own editors, as a path of r: the subquery reads the editors' table by its key (record, user)
        // alone, where a second EventRecord in it made every row walked read the record's row once more.
        String involved = "exists (select 1 from r.revisionEditors e where e = :user)";
        return switch (queue.involvement()) {
            case MINE -> " where r.status = :status and " + involved;
            case NOT_MINE -> " where r.status = :status and not " + involved;
            case ANY -> " where r.status = :status";
        };
    }

    private static void bindQueue(TypedQuery<?> typed, RecordQueue queue, String user) {
        typed.setParameter("status", queue.status());
        if (queue.involvement() != RecordQueue.Involvement.ANY) {
            typed.setParameter("user", user);
        }
    }

    private static String contains(String text) {
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
