package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The server's database after its migrations: on PostgreSQL, the records list's filters by actor and by place
 * ({@code lower(name) like '%words%'}) have what the planner needs. Statistics on the lowered names: without them it
 * guessed a common actor rare and read every actor for a page (about a second at a million records). Trigram indexes:
 * without them a rare name, or one nobody holds, is looked for in every actor or place (341 ms a page at a million).
 * The grid benchmark and the README have the figures. H2 has neither: there the test only checks that the migrations
 * which make them ran (a smoke check; the server would not have started had one failed).
 */
class NameStatisticsIT {

    @Test
    void thePlannerKnowsHowCommonEachLoweredNameIs() throws SQLException {
        try (Connection db = serversDatabase();
                Statement s = db.createStatement()) {
            if (isPostgreSql(db)) {
                List<String> statistics = new ArrayList<>();
                try (ResultSet rows =
                        s.executeQuery("select pg_get_statisticsobjdef(oid) from pg_statistic_ext order by stxname")) {
                    while (rows.next()) {
                        statistics.add(rows.getString(1));
                    }
                }
                assertTrue(
                        statistics.stream()
                                .anyMatch(d -> d.contains("lower(name::text)") && d.endsWith("FROM record_actor")),
                        "statistics on the actors' lowered names: " + statistics);
                assertTrue(
                        statistics.stream()
                                .anyMatch(d -> d.contains("lower(name::text)") && d.endsWith("FROM record_place")),
                        "statistics on the places' lowered names: " + statistics);
            } else {
                assertMigrated(s, 19);
            }
        }
    }

    /**
     * A copy of the filter's condition, as {@code JpaRecordRepository.filter} writes it (keep the two in step), can be
     * answered from a trigram index. Every other way to read the table is turned off for the plan, so that only an
     * index matching {@code lower(name)} and {@code like} with its escape leaves the plan without a disabled scan;
     * which way the planner picks on a full desk is the benchmark's to show.
     */
    @Test
    void aNameFilterCanBeAnsweredFromATrigramIndex() throws SQLException {
        try (Connection db = serversDatabase();
                Statement s = db.createStatement()) {
            if (!isPostgreSql(db)) {
                assertMigrated(s, 20);
                return;
            }
            db.setAutoCommit(false);
            try {
                s.execute("set local enable_seqscan = off");
                s.execute("set local enable_indexscan = off");
                s.execute("set local enable_indexonlyscan = off");
                String actors = plan(db, "select 1 from record_actor a where lower(a.name) like ? escape '\\'");
                assertTrue(actors.contains("Bitmap Index Scan on ix_record_actor_name_trigrams"), actors);
                String places = plan(db, "select 1 from record_place p where lower(p.name) like ? escape '\\'");
                assertTrue(places.contains("Bitmap Index Scan on ix_record_place_name_trigrams"), places);
            } finally {
                db.rollback();
            }
        }
    }

    private static Connection serversDatabase() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("test.jdbc.url"),
                System.getProperty("test.jdbc.user"),
                System.getProperty("test.jdbc.password"));
    }

    private static boolean isPostgreSql(Connection db) throws SQLException {
        return db.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }

    private static void assertMigrated(Statement s, int version) throws SQLException {
        try (ResultSet rows = s.executeQuery(
                "select \"success\" from \"flyway_schema_history\" where \"version\" = '" + version + "'")) {
            assertTrue(rows.next(), "migration " + version + " ran");
            assertTrue(rows.getBoolean(1), "migration " + version + " succeeded");
        }
    }

    /** The plan PostgreSQL makes for a name nobody holds (the case the index is for), one line after another. */
    private static String plan(Connection db, String sql) {
        try (PreparedStatement explain = db.prepareStatement("explain " + sql)) {
            explain.setString(1, "%wagner%");
            StringBuilder lines = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.append(rows.getString(1)).append('\n');
                }
            }
            return lines.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
