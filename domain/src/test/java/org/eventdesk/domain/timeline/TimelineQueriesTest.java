package org.eventdesk.domain.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventdesk.domain.JpaTestSupport;
import org.eventdesk.domain.record.RecordStatus;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The timeline's queries as Hibernate sends them to H2 (the real migrations' schema), and H2's plan for each: an index
 * read, never a scan of the table, and the window's read walked in the index's own order (no sort), so a page stops
 * after its limit whatever the window holds.
 */
class TimelineQueriesTest {
    /** An index lookup by the record's id (H2 picks one of the two indexes on record_id: its own or the FK's). */
    private static final java.util.regex.Pattern BY_RECORD_ID =
            java.util.regex.Pattern.compile("/\\* public\\.[a-z0-9_]+: record_id = [a-z0-9_]+\\.id \\*/");

    private static JpaTestSupport jpa;

    @BeforeAll
    static void boot() {
        jpa = new JpaTestSupport();
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    /** The SQL Hibernate sent for the work, as H2 recorded it. */
    private static String sqlOf(Session session, Runnable work, String mark) {
        session.doWork(c -> execute(c, "SET QUERY_STATISTICS TRUE"));
        work.run();
        List<String> sent = new ArrayList<>();
        session.doWork(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rows.next()) {
                    if (rows.getString(1).contains(mark)) {
                        sent.add(rows.getString(1));
                    }
                }
            }
            execute(c, "SET QUERY_STATISTICS FALSE");
        });
        assertEquals(1, sent.size(), "one statement with " + mark + ": " + sent);
        return sent.get(0);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static String plan(Session session, String sql, Object... parameters) {
        List<String> plan = new ArrayList<>();
        session.doWork(c -> {
            try (PreparedStatement explain = c.prepareStatement("EXPLAIN " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    explain.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.add(rows.getString(1));
                    }
                }
            }
        });
        return String.join("\n", plan).toLowerCase(Locale.ROOT);
    }

    @Test
    void theWindowsReadWalksTheEventStartIndexInItsOrder() {
        OffsetDateTime from = OffsetDateTime.of(2026, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime to = from.plusDays(7);
        jpa.inTransaction(session -> {
            for (String jpql : List.of(TimelineQueries.STARTING_BETWEEN, TimelineQueries.IDS_STARTING_BETWEEN)) {
                String sql = sqlOf(
                        session,
                        () -> session.createQuery(jpql, Object.class)
                                .setParameter("from", from.toInstant())
                                .setParameter("to", to.toInstant())
                                .setParameter("spiked", RecordStatus.SPIKED)
                                .setMaxResults(TimelineWindow.LIMIT + 1)
                                .getResultList(),
                        "event_start");
                String plan = plan(session, sql, from, to, RecordStatus.SPIKED.name(), TimelineWindow.LIMIT + 1);
                assertTrue(plan.contains("ix_record_start"), plan);
                assertTrue(plan.contains("index sorted"), "no sort after the read: " + plan);
                assertFalse(plan.contains("tablescan"), plan);
            }
        });
    }

    @Test
    void placesAndLinksAreReadByRecordId() {
        jpa.inTransaction(session -> {
            List<Long> ids = List.of(1L, 2L, 3L);
            String places = sqlOf(
                    session,
                    () -> session.createQuery(TimelineQueries.FIRST_PLACES, Object[].class)
                            .setParameter("ids", ids)
                            .getResultList(),
                    "record_place");
            String placesPlan = plan(session, places, 1L, 2L, 3L);
            assertTrue(BY_RECORD_ID.matcher(placesPlan).find(), placesPlan);
            assertFalse(placesPlan.contains("tablescan"), placesPlan);

            String links = sqlOf(
                    session,
                    () -> session.createQuery(TimelineQueries.LINKS_FROM, Object[].class)
                            .setParameter("ids", ids)
                            .getResultList(),
                    "record_link");
            String linksPlan = plan(session, links, 1L, 2L, 3L);
            assertTrue(BY_RECORD_ID.matcher(linksPlan).find(), linksPlan);
            assertFalse(linksPlan.contains("tablescan"), linksPlan);
        });
    }
}
