package org.eventdesk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eventdesk.domain.record.ActorKind;
import org.eventdesk.domain.record.ActorRole;
import org.eventdesk.domain.record.EventRecord;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.domain.record.RecordQuery;
import org.eventdesk.domain.record.RecordReferences;
import org.eventdesk.domain.source.Source;
import org.eventdesk.generator.DeskJpa;
import org.eventdesk.generator.RecordGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which way a filter by a name takes on H2. The list's rows are the same every way (GridQueriesTest compares them
 * with plain SQL), so only these tests tell whether the quick ways are taken. A generated desk of this class's own,
 * since some tests change its lists of names.
 */
class KnownNamesTest {
    private static String url;
    private static EntityManagerFactory jpa;
    private static EntityManager em;

    @BeforeAll
    static void open() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "known-names-desk");
        url = "jdbc:h2:file:" + dir.resolve("desk");
        RecordGenerator.migrate(url, "sa", "sa");
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            RecordGenerator.generate(db, 120, 3, RecordGenerator.STATES);
        }
        jpa = DeskJpa.open(url, "sa", "sa");
        em = jpa.createEntityManager();
    }

    @AfterAll
    static void close() {
        em.close();
        jpa.close();
    }

    @Test
    void aNameNobodyHasLeadsToNoRecord() {
        assertInstanceOf(
                KnownNames.NoHolder.class,
                new KnownNames(KnownNames.FEW_HOLDERS).holders(em, KnownNames.Fact.ACTOR, "%wagner%"));
    }

    @Test
    void aNameFewHoldLeadsToExactlyTheRecordsThatHoldItEachOnce() throws SQLException {
        KnownNames.FewHolders few = assertInstanceOf(
                KnownNames.FewHolders.class,
                new KnownNames(KnownNames.FEW_HOLDERS).holders(em, KnownNames.Fact.PLACE, "%kyiv%"));
        Set<Long> expected = ids("select record_id from record_place where lower(name) like '%kyiv%'");
        assertTrue(expected.size() > 1, "the generated desk has records in Kyiv");
        assertEquals(expected, new HashSet<>(few.recordIds()));
        assertEquals(expected.size(), few.recordIds().size(), "each record once");
    }

    @Test
    void wordsMoreFactsHoldThanAreReadByIdWalkAndAreRememberedAsCommon() throws SQLException {
        KnownNames readingOne = new KnownNames(1);
        assertInstanceOf(KnownNames.ManyHolders.class, readingOne.holders(em, KnownNames.Fact.ACTOR, "%forces%"));
        // Remembered: with the names gone from the list (which would otherwise mean no record), the words still walk.
        Set<String> forces = names("select name from known_actor_name where lower(name) like '%forces%'");
        assertTrue(forces.size() > 1, "the generated actors include several forces");
        try (Connection db = DriverManager.getConnection(url, "sa", "sa");
                Statement sql = db.createStatement();
                PreparedStatement restore = db.prepareStatement("insert into known_actor_name (name) values (?)")) {
            sql.executeUpdate("delete from known_actor_name where lower(name) like '%forces%'");
            try {
                assertInstanceOf(
                        KnownNames.ManyHolders.class, readingOne.holders(em, KnownNames.Fact.ACTOR, "%forces%"));
                assertInstanceOf(
                        KnownNames.NoHolder.class,
                        new KnownNames(KnownNames.FEW_HOLDERS).holders(em, KnownNames.Fact.ACTOR, "%forces%"),
                        "words not remembered for that number read by id are looked up again");
            } finally {
                for (String name : forces) {
                    restore.setString(1, name);
                    restore.executeUpdate();
                }
            }
        }
    }

    @Test
    void wordsMatchingMoreThanAThousandNamesWalkWithoutCountingTheirRecords() throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "sa", "sa");
                PreparedStatement add = db.prepareStatement("insert into known_place_name (name) values (?)")) {
            db.setAutoCommit(false);
            for (int i = 0; i <= KnownNames.MANY_NAMES; i++) {
                add.setString(1, "Hamlet " + i);
                add.addBatch();
            }
            add.executeBatch();
            db.commit();
            try {
                assertInstanceOf(
                        KnownNames.ManyHolders.class,
                        new KnownNames(KnownNames.FEW_HOLDERS).holders(em, KnownNames.Fact.PLACE, "%hamlet%"));
            } finally {
                db.createStatement().executeUpdate("delete from known_place_name where name like 'Hamlet %'");
                db.commit();
            }
        }
    }

    @Test
    void theListOnH2TrustsTheKnownNames() throws SQLException {
        // A name held by records but missing from the list is one the list does not find: it asks the list rather
        // than every place. (The server keeps the list whole; this only shows that the list is what is read.)
        RecordQuery inGoma = new RecordQuery(
                null, null, null, null, null, "goma", null, null, null, null, RecordQuery.Order.LAST_CHANGE);
        JpaRecordRepository repository = new JpaRecordRepository(em);
        Set<Long> goma = ids("select record_id from record_place where name = 'Goma'");
        assertTrue(goma.size() > 0, "the generated desk has records in Goma");
        assertEquals(goma, listed(repository, inGoma), "the records in Goma, by id");
        try (Connection db = DriverManager.getConnection(url, "sa", "sa");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("delete from known_place_name where name = 'Goma'");
            try {
                assertEquals(Set.of(), listed(repository, inGoma));
            } finally {
                sql.executeUpdate("insert into known_place_name (name) values ('Goma')");
            }
        }
    }

    @Test
    void twoTransactionsAddingTheSameNewNamesInOppositeOrdersBothCommitAndListThem() throws Exception {
        // Names written as each fact was inserted would make the second flush wait for the first transaction's lock
        // on Alpha while holding Bravo, and the first's commit wait for Bravo: H2 would fail one at its lock timeout.
        String marker = Long.toString(System.nanoTime(), 36);
        String alpha = "Alpha " + marker;
        String bravo = "Bravo " + marker;
        EntityManager first = jpa.createEntityManager();
        EntityManager second = jpa.createEntityManager();
        ExecutorService committing = Executors.newFixedThreadPool(2);
        try {
            first.getTransaction().begin();
            first.persist(recordWith(alpha, bravo));
            first.flush();
            second.getTransaction().begin();
            second.persist(recordWith(bravo, alpha));
            second.flush();
            Future<?> firstCommit =
                    committing.submit(() -> first.getTransaction().commit());
            Future<?> secondCommit =
                    committing.submit(() -> second.getTransaction().commit());
            firstCommit.get(); // a lock timeout would come out here, or on the next line
            secondCommit.get();
        } finally {
            committing.shutdownNow();
            first.close();
            second.close();
        }
        assertEquals(
                Set.of(alpha, bravo), names("select name from known_actor_name where name like '% " + marker + "'"));
    }

    @Test
    void aTransactionRolledBackListsNothingAndTheSessionsNextOneListsItsOwnNames() throws SQLException {
        String marker = Long.toString(System.nanoTime(), 36);
        EntityManager session = jpa.createEntityManager();
        try {
            session.getTransaction().begin();
            session.persist(recordWith("Charlie " + marker));
            session.flush();
            session.getTransaction().rollback();
            session.getTransaction().begin();
            session.persist(recordWith("Delta " + marker));
            session.getTransaction().commit();
        } finally {
            session.close();
        }
        assertEquals(
                Set.of("Delta " + marker),
                names("select name from known_actor_name where name like '% " + marker + "'"));
    }

    /** A new record with these actors, as the desk's services create one (the references are all taken as known). */
    private static EventRecord recordWith(String... actors) {
        RecordInput input = new RecordInput(
                "OTHER",
                "Names " + String.join(", ", actors),
                null,
                null,
                null,
                List.of(),
                Arrays.stream(actors)
                        .map(name -> new RecordInput.ActorInput(
                                name, ActorKind.ARMED_GROUP, ActorRole.INITIATOR, null, null))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        return EventRecord.create(input, EVERYTHING_KNOWN, "editor", Instant.now());
    }

    private static final RecordReferences EVERYTHING_KNOWN = new RecordReferences() {
        @Override
        public boolean isEventType(String code) {
            return true;
        }

        @Override
        public boolean isFigureCategory(String code) {
            return true;
        }

        @Override
        public Optional<Source> source(long id) {
            return Optional.empty();
        }

        @Override
        public boolean recordExists(long id) {
            return false;
        }
    };

    private static Set<Long> listed(JpaRecordRepository repository, RecordQuery query) {
        Set<Long> ids = new HashSet<>();
        repository.list(query, 0, 500).stream().map(RecordListing::id).forEach(ids::add);
        return ids;
    }

    private static Set<String> names(String query) throws SQLException {
        Set<String> names = new HashSet<>();
        for (Object name : column(query)) {
            names.add((String) name);
        }
        return names;
    }

    private static Set<Long> ids(String query) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (Object id : column(query)) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** The first column of a query's rows, read on a connection of its own. */
    private static List<Object> column(String query) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "sa");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
        }
        return values;
    }
}
