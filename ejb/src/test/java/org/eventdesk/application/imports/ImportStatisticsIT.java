package org.eventdesk.application.imports;

import static org.eventdesk.application.Callers.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.domain.interchange.ArchiveImportRepository;
import org.eventdesk.domain.record.RecordInputs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An import's chunk keeps PostgreSQL's statistics current while the desk grows from nothing
 * ({@link ArchiveImportRepository#keepStatisticsCurrent}): once the import has added more than twice the records the
 * statistics count, the desk's tables that changed since they were last analyzed are analyzed, and nothing beyond them.
 * The counts are PostgreSQL's own: {@code analyze_count} counts the analyzes asked for, not autovacuum's. On H2, which
 * keeps no such statistics, the call only has to run; the import's end-to-end tests are the rest of the check there.
 */
@ExtendWith(ArquillianExtension.class)
class ImportStatisticsIT {
    /** How long PostgreSQL may take to publish a transaction's changes to its statistics views (about a second). */
    private static final Duration STATISTICS_LAG = Duration.ofSeconds(15);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private ArchiveImportRepository imports;

    @Inject
    private RecordService records;

    @Resource(lookup = "java:jboss/datasources/EventDeskDS")
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Test
    void anImportFarLargerThanTheDeskAnalyzesTheChangedTablesAndASmallOneLeavesThem() throws Exception {
        editor(() -> records.create(RecordInputs.titled("Shelling")
                .at("2025-11-02T04:00:00Z")
                .place("Kharkiv", "UA")
                .input()));
        try (Connection db = dataSource.getConnection();
                Statement s = db.createStatement()) {
            if (!db.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres")) {
                inAChunksTransaction(1_000_000);
                return;
            }
            awaitChanged(s, "event_record");
            Set<String> stale = staleTables(s);
            Map<String, Long> before = analyzeCounts(s, "pg_stat_user_tables", "analyze_count");
            Map<String, Long> autoBefore = analyzeCounts(s, "pg_stat_user_tables", "autoanalyze_count");
            long catalogBefore =
                    analyzeCounts(s, "pg_stat_sys_tables", "analyze_count").get("pg_class");

            inAChunksTransaction(1_000_000);

            Map<String, Long> after = analyzeCounts(s, "pg_stat_user_tables", "analyze_count");
            Map<String, Long> autoAfter = analyzeCounts(s, "pg_stat_user_tables", "autoanalyze_count");
            assertTrue(stale.contains("event_record"), "the new record's table is out of date: " + stale);
            // Autovacuum may have come to a table first, in the moment between the two reads; not to every one.
            for (String table : stale) {
                assertTrue(
                        after.get(table) > before.get(table) || autoAfter.get(table) > autoBefore.get(table),
                        table + " was analyzed");
            }
            assertTrue(stale.stream().anyMatch(table -> after.get(table) > before.get(table)), "analyzed: " + after);
            // The database owner's analyze of the whole database would take the system catalogs too.
            assertEquals(
                    catalogBefore,
                    analyzeCounts(s, "pg_stat_sys_tables", "analyze_count").get("pg_class"),
                    "pg_class");

            // Now the statistics count the desk's records (at least the one above): an import of one more is left
            // to autovacuum.
            double counted = recordsCounted(s);
            assertTrue(counted >= 1, "records counted: " + counted);
            inAChunksTransaction(1);
            assertEquals(
                    after.get("event_record"),
                    analyzeCounts(s, "pg_stat_user_tables", "analyze_count").get("event_record"));
        }
    }

    private void inAChunksTransaction(long recordsImported) throws Exception {
        transaction.begin();
        try {
            imports.keepStatisticsCurrent(recordsImported);
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    /** Waits until the statistics views show the changes to a table (each server process reports them lazily). */
    private static void awaitChanged(Statement s, String table) throws SQLException, InterruptedException {
        Instant until = Instant.now().plus(STATISTICS_LAG);
        while (!staleTables(s).contains(table)) {
            assertFalse(Instant.now().isAfter(until), table + " shows no change in " + STATISTICS_LAG);
            Thread.sleep(200);
        }
    }

    private static Set<String> staleTables(Statement s) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rows =
                s.executeQuery("select relname from pg_stat_user_tables where schemaname = current_schema()"
                        + " and (n_mod_since_analyze > 0 or (last_analyze is null and last_autoanalyze is null))")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Of each table in the view, how many times it was analyzed: asked for, or by autovacuum. */
    private static Map<String, Long> analyzeCounts(Statement s, String view, String count) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (ResultSet rows = s.executeQuery("select relname, " + count + " from " + view
                + " where schemaname in (current_schema(), 'pg_catalog')")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static double recordsCounted(Statement s) throws SQLException {
        try (ResultSet rows = s.executeQuery("select reltuples from pg_class where oid = 'event_record'::regclass")) {
            rows.next();
            return rows.getDouble(1);
        }
    }
}
