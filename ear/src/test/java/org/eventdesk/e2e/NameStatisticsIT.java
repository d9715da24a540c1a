package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The server's database after its migrations: on PostgreSQL, the planner keeps statistics on the lowered names of
 * actors and places that the records list filters with {@code lower(name) like}. Without them it guessed a common
 * actor rare and read every actor for a page (about a second at a million records; the grid benchmark and the README
 * have the figures). H2 has no such statistics: there the test only checks that the migration which makes them ran
 * (a smoke check; the server would not have started had it failed).
 */
class NameStatisticsIT {

    @Test
    void thePlannerKnowsHowCommonEachLoweredNameIs() throws SQLException {
        try (Connection db = DriverManager.getConnection(
                        System.getProperty("test.jdbc.url"),
                        System.getProperty("test.jdbc.user"),
                        System.getProperty("test.jdbc.password"));
                Statement s = db.createStatement()) {
            if (db.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres")) {
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
                try (ResultSet rows =
                        s.executeQuery("select \"success\" from \"flyway_schema_history\" where \"version\" = '19'")) {
                    assertTrue(rows.next(), "migration 19 ran");
                    assertTrue(rows.getBoolean(1), "migration 19 succeeded");
                }
            }
        }
    }
}
