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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.domain.interchange.ArchiveImportRepository;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.shared.SchemaDialect;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An import's chunk keeps PostgreSQL's statistics current while the desk grows from nothing
 * ({@link ArchiveImportRepository#keepStatisticsCurrent}): once the import has added more than twice the records the
 * statistics count, the desk's tables that changed since they were last analyzed are analyzed, and no system catalog.
 * The counts are PostgreSQL's own: {@code analyze_count} counts the analyzes asked for, not autovacuum's. On H2, which
 * keeps no such statistics, the call only has to run; the import's end-to-end tests are the rest of the check there.
 * Every read of the statistics is made on a connection of its own, outside the chunk's transaction.
 */
@ExtendWith(ArquillianExtension.class)
class ImportStatisticsIT {
    /**
     * How long to wait at most for the statistics views to show a committed change: each server process reports its
     * changes lazily, usually within a second.
     */
    private static final Duration STATISTICS_WAIT = Duration.ofSeconds(15);

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

    /** One table's line of {@code pg_stat_user_tables}, read in one statement so that the three agree. */
    private record TableStatistics(boolean outOfDate, long analyzes, long autoAnalyzes) {}

    @Test
    void anImportFarLargerThanTheDeskAnalyzesTheChangedTablesAndASmallOneAnalyzesNothing() throws Exception {
        editor(() -> records.create(RecordInputs.titled("Shelling")
                .at("2025-11-02T04:00:00Z")
                .place("Kharkiv", "UA")
                .input()));
        if (database() != SchemaDialect.POSTGRESQL) {
            inAChunksTransaction(1_000_000);
            return;
        }
        Map<String, TableStatistics> before = awaitOutOfDate("event_record");
        Map<String, Long> catalogsBefore = catalogAnalyzes();

        inAChunksTransaction(1_000_000);

        Map<String, TableStatistics> after = tables();
        // Autovacuum may have come to a table first, in the moment between the two reads; not to every one.
        before.forEach((table, was) -> {
            if (was.outOfDate()) {
                TableStatistics now = after.get(table);
                assertTrue(
                        now.analyzes() > was.analyzes() || now.autoAnalyzes() > was.autoAnalyzes(),
                        table + " was analyzed: " + was + " then " + now);
            }
        });
        assertTrue(
                after.get("event_record").analyzes()
                        > before.get("event_record").analyzes(),
                "event_record");
        // The database owner's analyze of the whole database would take the system catalogs too.
        assertEquals(catalogsBefore, catalogAnalyzes(), "the system catalogs were not analyzed");

        // Now the statistics count the desk's records (at least the one above): an import of one more is left to
        // autovacuum, and nothing is analyzed.
        double counted = recordsCounted();
        assertTrue(counted >= 1, "records counted: " + counted);
        inAChunksTransaction(1);
        assertEquals(analyzes(after), analyzes(tables()), "a small import analyzed nothing");
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

    private SchemaDialect database() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            return SchemaDialect.ofProduct(db.getMetaData().getDatabaseProductName());
        }
    }

    /** The desk's tables once the views show a change to this one, or its statistics missing. */
    private Map<String, TableStatistics> awaitOutOfDate(String table) throws SQLException, InterruptedException {
        Instant until = Instant.now().plus(STATISTICS_WAIT);
        while (true) {
            Map<String, TableStatistics> tables = tables();
            if (tables.get(table).outOfDate()) {
                return tables;
            }
            assertFalse(Instant.now().isAfter(until), table + " shows no change in " + STATISTICS_WAIT);
            Thread.sleep(200);
        }
    }

    private Map<String, TableStatistics> tables() throws SQLException {
        Map<String, TableStatistics> tables = new TreeMap<>();
        try (Connection db = dataSource.getConnection();
                Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("select relname, n_mod_since_analyze > 0"
                        + " or (last_analyze is null and last_autoanalyze is null), analyze_count, autoanalyze_count"
                        + " from pg_stat_user_tables where schemaname = current_schema()")) {
            while (rows.next()) {
                tables.put(
                        rows.getString(1), new TableStatistics(rows.getBoolean(2), rows.getLong(3), rows.getLong(4)));
            }
        }
        return tables;
    }

    private static Map<String, Long> analyzes(Map<String, TableStatistics> tables) {
        return tables.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().analyzes(), (a, b) -> a, TreeMap::new));
    }

    /** How many times each system catalog was analyzed on request (autovacuum's are counted apart). */
    private Map<String, Long> catalogAnalyzes() throws SQLException {
        Map<String, Long> catalogs = new TreeMap<>();
        try (Connection db = dataSource.getConnection();
                Statement s = db.createStatement();
                ResultSet rows =
                        s.executeQuery("select schemaname || '.' || relname, analyze_count from pg_stat_sys_tables")) {
            while (rows.next()) {
                catalogs.put(rows.getString(1), rows.getLong(2));
            }
        }
        return catalogs;
    }

    private double recordsCounted() throws SQLException {
        try (Connection db = dataSource.getConnection();
                Statement s = db.createStatement();
                ResultSet rows =
                        s.executeQuery("select reltuples from pg_class where oid = 'event_record'::regclass")) {
            rows.next();
            return rows.getDouble(1);
        }
    }
}
