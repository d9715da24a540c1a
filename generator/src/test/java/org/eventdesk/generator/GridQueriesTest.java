package org.eventdesk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordQueue;
import org.eventdesk.domain.record.RecordStatus;
import org.eventdesk.infrastructure.persistence.JpaRecordRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The records grid's queries (the repository the grid and the API run, reshaped for indexes) against plain SQL on a
 * generated desk: the same rows in the same order for every benchmark combination, page by page by cursor and by
 * offset; the queue counts that stop early; and the benchmark's two sides agreeing.
 */
class GridQueriesTest {
    private static GeneratedDesk desk;
    private static EntityManagerFactory jpa;
    private static EntityManager em;
    private static JpaRecordRepository repository;

    @BeforeAll
    static void open() throws SQLException {
        desk = GeneratedDesk.get();
        jpa = DeskJpa.open(desk.url, "sa", "sa");
        em = jpa.createEntityManager();
        repository = new JpaRecordRepository(em);
    }

    @AfterAll
    static void close() {
        em.close();
        jpa.close();
    }

    @Test
    void everyCombinationReadsTheRowsSqlOrdersWalkedByCursorOrByOffset() throws SQLException {
        try (Connection db = desk.connect()) {
            for (GridBenchmark.Combination c : GridBenchmark.COMBINATIONS) {
                List<Long> expected = ids(
                        db, "select r.id from event_record r where 1 = 1" + c.where() + c.orderBy(), c.parameters());
                List<Long> walked = new ArrayList<>();
                List<RecordListing> page = repository.list(c.query(), 0, 7);
                while (!page.isEmpty()) {
                    page.forEach(r -> walked.add(r.id()));
                    page = repository.listAfter(
                            c.query(),
                            page.get(page.size() - 1).cursor(c.query().order()),
                            7);
                }
                assertEquals(expected, walked, c.name() + ", by cursor");
                List<Long> byOffset = repository.list(c.query(), 7, 7).stream()
                        .map(RecordListing::id)
                        .toList();
                assertEquals(expected.subList(Math.min(7, expected.size()), Math.min(14, expected.size())), byOffset);
            }
        }
    }

    @Test
    void theDesksRecordsWithoutATimeComeLastAndACursorReachesThem() throws SQLException {
        try (Connection db = desk.connect()) {
            List<Long> timeless = ids(db, "select id from event_record where event_start is null", List.of());
            assertTrue(timeless.size() > 0, "the generator writes some drafts without a time");
            GridBenchmark.Combination latest = GridBenchmark.COMBINATIONS.get(1);
            List<Long> all = ids(db, "select r.id from event_record r" + latest.orderBy(), List.of());
            assertEquals(
                    timeless.stream().sorted().toList(),
                    all.subList(all.size() - timeless.size(), all.size()).stream()
                            .sorted()
                            .toList());
        }
    }

    @Test
    void theBenchmarksTwoSidesReadTheSamePage() throws SQLException {
        try (Connection db = desk.connect()) {
            for (GridBenchmark.Combination c : GridBenchmark.COMBINATIONS) {
                GridBenchmark.Combination here = new GridBenchmark.Combination(
                        c.name(), c.query(), Math.min(c.depth(), 60), c.where(), c.parameters());
                GridBenchmark.Sides sides = new GridBenchmark.Sides(jpa, db, here);
                assertNull(sides.mismatch(), c.name());
                assertTrue(sides.grid().size() > 0 || c.depth() == 0, c.name());
            }
        }
    }

    @Test
    void withPageSizesInTurnBothSidesAskEachSizeInTheSameOrder() throws SQLException {
        assertEquals(List.of(50), asList(GridBenchmark.pageSizes("50")));
        assertEquals(List.of(50, 200), asList(GridBenchmark.pageSizes(" 50, 200")));
        assertThrows(IllegalArgumentException.class, () -> GridBenchmark.pageSizes("50,0"));
        GridBenchmark.Combination opening = GridBenchmark.COMBINATIONS.get(0);
        try (Connection db = desk.connect()) {
            GridBenchmark.Sides sides = new GridBenchmark.Sides(jpa, db, opening, new int[] {3, 7});
            assertNull(sides.mismatch());
            List<Integer> sizes = new ArrayList<>();
            List<Integer> recorded = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                sizes.add(sides.grid().size());
                recorded.add(sides.lastSize());
                sizes.add(sides.jdbc().size());
            }
            assertEquals(List.of(3, 3, 7, 7, 3, 3, 7, 7), sizes);
            assertEquals(List.of(3, 7, 3, 7), recorded, "each timing is put down to the size its page had");
        }
    }

    private static List<Integer> asList(int[] sizes) {
        return Arrays.stream(sizes).boxed().toList();
    }

    @Test
    void anActorNamedByTheCallerIsOneMoreCombinationWhoseSidesAgree() throws SQLException {
        assertEquals(GridBenchmark.COMBINATIONS, GridBenchmark.withActorOfYourOwn(" "));
        List<GridBenchmark.Combination> with = GridBenchmark.withActorOfYourOwn(" Sinaloa ");
        assertEquals(GridBenchmark.COMBINATIONS.size() + 1, with.size());
        GridBenchmark.Combination own = with.get(with.size() - 1);
        assertEquals("actor=Sinaloa (-Dbenchmark.actor), by last change", own.name());
        try (Connection db = desk.connect()) {
            GridBenchmark.Sides sides = new GridBenchmark.Sides(jpa, db, own);
            assertNull(sides.mismatch());
            assertTrue(sides.grid().size() > 0, "the generated desk has the Sinaloa Cartel");
        }
    }

    @Test
    void aPagesPlaceNamesAreItsRecordsPlacesInTheirOrder() throws SQLException {
        // Checked with a statement of its own: the benchmark's two sides share the repository's, so a fault in it
        // would show on both.
        List<RecordListing> page =
                repository.list(GridBenchmark.COMBINATIONS.get(0).query(), 0, 50);
        assertEquals(50, page.size());
        try (Connection db = desk.connect()) {
            int withPlaces = 0;
            for (RecordListing row : page) {
                List<String> names = new ArrayList<>();
                try (PreparedStatement s =
                        db.prepareStatement("select name from record_place where record_id = ? order by id")) {
                    s.setLong(1, row.id());
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            names.add(r.getString(1));
                        }
                    }
                }
                assertEquals(names, row.places(), "record " + row.id());
                withPlaces += names.isEmpty() ? 0 : 1;
            }
            assertTrue(withPlaces > 0, "the page has records with places");
        }
    }

    @Test
    void queueCountsStopWhereTheyAreToldAndStatusCountsAreExact() throws SQLException {
        Map<RecordStatus, Long> states = desk.summary.states();
        assertEquals(states, repository.countByStatus());
        long published = states.get(RecordStatus.PUBLISHED);
        assertEquals(published, repository.countUpTo(RecordQueue.PUBLISHED, "editor", 100_000));
        assertEquals(5, repository.countUpTo(RecordQueue.PUBLISHED, "editor", 5));
        try (Connection db = desk.connect()) {
            long mine = ids(
                            db,
                            "select r.id from event_record r join record_revision_editor e on e.record_id = r.id"
                                    + " where r.status = 'DRAFT' and e.username = 'editor'",
                            List.of())
                    .size();
            assertEquals(mine, repository.countUpTo(RecordQueue.MY_DRAFTS, "editor", 100_000));
            List<Long> queue = ids(
                    db,
                    "select id from event_record where status = 'APPROVED' order by updated_at desc, id desc",
                    List.of());
            assertEquals(
                    queue.subList(0, Math.min(10, queue.size())),
                    repository.queue(RecordQueue.APPROVED, "editor", 0, 10).stream()
                            .map(RecordListing::id)
                            .toList());
        }
    }

    /**
     * A user's own queues read the same rows in the same order whichever way they are read: by the user's edited
     * records (few of them, as for everyone on this desk) or by walking the status (a user with many), for users with
     * such records, with none, and unknown.
     */
    @Test
    void aUsersOwnQueuesReadTheSameRowsByTheUserOrByTheStatus() throws SQLException {
        JpaRecordRepository byStatus = new JpaRecordRepository(em, 0);
        try (Connection db = desk.connect()) {
            for (RecordQueue queue : List.of(RecordQueue.MY_DRAFTS, RecordQueue.RETURNED_TO_ME)) {
                for (String user : List.of("editor", "reviewer", "nobody")) {
                    List<Long> expected = ids(
                            db,
                            "select r.id from event_record r join record_revision_editor e on e.record_id = r.id"
                                    + " where r.status = ? and e.username = ? order by r.updated_at desc, r.id desc",
                            List.of(queue.status().name(), user));
                    String what = queue + " of " + user;
                    assertEquals(expected.size(), repository.countUpTo(queue, user, 100_000), what);
                    assertEquals(expected.size(), byStatus.countUpTo(queue, user, 100_000), what + ", by status");
                    assertEquals(Math.min(3, expected.size()), repository.countUpTo(queue, user, 3), what);
                    List<Long> second = expected.subList(Math.min(5, expected.size()), Math.min(10, expected.size()));
                    assertEquals(second, listed(repository.queue(queue, user, 5, 5)), what);
                    assertEquals(second, listed(byStatus.queue(queue, user, 5, 5)), what + ", by status");
                }
            }
            assertTrue(
                    repository.countUpTo(RecordQueue.MY_DRAFTS, "editor", 100_000) > 5,
                    "the generated desk gives the editor drafts enough for a second page");
        }
    }

    @Test
    void aFilterByANameReadsItsRecordsByIdByTheWalkOrNotAtAllAndAlwaysTheRowsSqlReads() throws SQLException {
        // On H2 (KnownNames): every name held here is held by few enough records to be read by id with the defaults;
        // with no records read by id, the list walks them all in its order. A name nobody has reads nothing.
        JpaRecordRepository walking = new JpaRecordRepository(em, JpaRecordRepository.FEW_EDITED, 0);
        // The fact, the words, and whether records hold them (more than two pages of 7 of them, for the checks by
        // offset).
        String[][] filters = {
            {"actor", "police", "held"}, {"actor", "FORCES", "held"}, {"actor", "wagner", "nobody"},
            {"actor", "m2", "held"}, {"place", "kyiv", "held"}, {"place", "Gaza City", "held"},
            {"place", "zaporizhzhia", "nobody"}, {"place", "PORT-AU", "held"}
        };
        try (Connection db = desk.connect()) {
            for (String[] filter : filters) {
                boolean byActor = filter[0].equals("actor");
                RecordQuery query = new RecordQuery(
                        null,
                        null,
                        null,
                        null,
                        null,
                        byActor ? null : filter[1],
                        null,
                        byActor ? filter[1] : null,
                        null,
                        null,
                        RecordQuery.Order.LAST_CHANGE);
                List<Long> expected = ids(
                        db,
                        "select r.id from event_record r where exists (select 1 from record_" + filter[0]
                                + " f where f.record_id = r.id and lower(f.name) like ?)"
                                + " order by r.updated_at desc, r.id desc",
                        List.of("%" + filter[1].toLowerCase(Locale.ROOT) + "%"));
                String what = filter[0] + "=" + filter[1];
                assertTrue(
                        filter[2].equals("held") ? expected.size() > 14 : expected.isEmpty(),
                        what + ": " + expected.size() + " records");
                assertEquals(expected, walk(repository, query), what + ", by id");
                assertEquals(expected, walk(walking, query), what + ", walked");
                assertEquals(
                        expected.subList(Math.min(7, expected.size()), Math.min(14, expected.size())),
                        listed(repository.list(query, 7, 7)),
                        what + ", by offset");
            }
            assertTrue(
                    ids(db, "select id from record_actor where lower(name) like '%wagner%'", List.of())
                            .isEmpty(),
                    "nobody here is a wagner");
        }
    }

    @Test
    void theKnownNamesAreTheNamesTheDeskHolds() throws SQLException {
        try (Connection db = desk.connect()) {
            for (String fact : List.of("actor", "place")) {
                assertEquals(
                        names(db, "select distinct name from record_" + fact + " order by name"),
                        names(db, "select name from known_" + fact + "_name order by name"),
                        fact);
            }
        }
    }

    private static List<Long> walk(JpaRecordRepository repository, RecordQuery query) {
        List<Long> walked = new ArrayList<>();
        List<RecordListing> page = repository.list(query, 0, 7);
        while (!page.isEmpty()) {
            page.forEach(r -> walked.add(r.id()));
            page = repository.listAfter(query, page.get(page.size() - 1).cursor(query.order()), 7);
        }
        return walked;
    }

    private static List<String> names(Connection db, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static List<Long> listed(List<RecordListing> page) {
        return page.stream().map(RecordListing::id).toList();
    }

    private static List<Long> ids(Connection db, String sql, List<Object> parameters) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
