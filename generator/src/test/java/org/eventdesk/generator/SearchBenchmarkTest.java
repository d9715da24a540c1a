package org.eventdesk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventdesk.domain.record.RecordListing;
import org.eventdesk.infrastructure.search.HibernateRecordSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the full-text benchmark times is a real answer: on a generated desk indexed by the desk's own re-index, each
 * of its searches finds what the database says it should (the rare word exactly its record, the stemmed word only
 * drone strikes and figures of drones launched, the filtered search only published records in Sudan, every claims' match a record with a claim).
 */
class SearchBenchmarkTest {
    private static GeneratedDesk desk;
    private static EntityManagerFactory jpa;

    @BeforeAll
    static void indexTheDesk() throws Exception {
        desk = GeneratedDesk.get();
        Path index = Files.createTempDirectory(desk.dir, "index");
        jpa = DeskJpa.open(desk.url, "sa", "sa", index);
        EntityManager em = jpa.createEntityManager();
        try {
            new HibernateRecordSearch(em).rebuild();
        } finally {
            em.close();
        }
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void everySearchOfTheBenchmarkFindsWhatTheDatabaseHolds() throws SQLException {
        try (Connection db = desk.connect()) {
            long rare = ids(db, "select id from event_record order by id").get(GeneratedDesk.RECORDS / 2);
            List<SearchBenchmark.WordSearch> searches = SearchBenchmark.searches(rare);

            assertEquals(List.of(rare), ids(page(searches.get(2))), "the word only one title holds");

            // Drone strikes by their type's name, and any record citing a "drones launched" figure's words.
            Set<Long> drones = new HashSet<>(ids(
                    db,
                    "select r.id from event_record r where r.type_code = 'EXPLOSIONS_REMOTE_VIOLENCE.AIR_DRONE_STRIKE'"
                            + " or exists (select 1 from record_figure f where f.record_id = r.id"
                            + " and f.category_code = 'DRONES_LAUNCHED')"));
            List<RecordListing> stemmed = page(searches.get(0));
            assertFalse(stemmed.isEmpty());
            assertTrue(
                    drones.containsAll(ids(stemmed)),
                    "\"drones\" finds drone strikes and drones launched only: "
                            + stemmed.stream()
                                    .filter(r -> !drones.contains(r.id()))
                                    .map(RecordListing::title)
                                    .toList());

            Set<Long> publishedInSudan = new HashSet<>(ids(
                    db,
                    "select r.id from event_record r where r.status = 'PUBLISHED' and exists (select 1 from"
                            + " record_place p where p.record_id = r.id and p.country = 'SD')"));
            List<RecordListing> filtered = page(searches.get(6));
            assertFalse(filtered.isEmpty());
            assertTrue(publishedInSudan.containsAll(ids(filtered)), "the filters hold inside the index query");
            filtered.forEach(r -> assertTrue(
                    r.title().toLowerCase(Locale.ROOT).contains("attack"), "every row has the word: " + r.title()));

            Set<Long> withClaims = new HashSet<>(ids(db, "select distinct record_id from record_claim"));
            List<RecordListing> claimed = page(searches.get(5));
            assertFalse(claimed.isEmpty());
            assertTrue(withClaims.containsAll(ids(claimed)), "\"respond\" is said in claims only");

            for (SearchBenchmark.WordSearch search : searches) {
                assertFalse(page(search).isEmpty(), search.name() + " finds something to time");
            }
        }
    }

    private static List<RecordListing> page(SearchBenchmark.WordSearch search) {
        return SearchBenchmark.page(jpa, search.query());
    }

    private static List<Long> ids(List<RecordListing> page) {
        return page.stream().map(RecordListing::id).toList();
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            List<Long> ids = new java.util.ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }
}
