package org.eventdesk.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventdesk.generator.RecordGenerator;

/**
 * The archive import's speed against a plain JDBC batch insert of the same rows (issue 10's benchmark).
 *
 * <ol>
 *   <li>Writes an ACLED CSV of N rows ({@code -Dbenchmark.rows}, default 100,000; {@link AcledArchive}) and one of
 *       other events to warm the server up ({@code -Dbenchmark.warmup.rows}, default 30,000; 0 for none), and starts
 *       a WildFly of the build's with the EAR on a fresh H2 file (demo users, for the admin's token).
 *   <li>Uploads the warm-up file ({@code POST /api/v1/imports?format=acled}) and follows it to the end, then the N
 *       rows, and takes each job's own rows/s (from its start to its end, the upload excluded).
 *   <li>Stops the server and reads every row the desk then holds (the imports' records, sources, places, actors,
 *       figures, evidence and history, and the few demo rows), then inserts them into a fresh database with the same
 *       schema, opened as the server opens its own (on H2, commits written at once), table by table, parents first,
 *       with plain JDBC batch inserts (1,000 rows a batch), committed as often as the import committed (once per
 *       chunk of 100 ACLED rows: the table rows divided evenly), timing the inserts alone. That is the
 *       database work of the same rows without the import's reading, mapping, checking and bookkeeping. On
 *       PostgreSQL the baseline connects as the server's datasource does (multi-row inserts). It also prints the
 *       same insert with the driver's defaults (H2's write delay, PostgreSQL's one statement a row), the baseline
 *       of the figures measured before.
 *   <li>Prints both, and the ratio import / JDBC (target at least 0.5); the baseline copies the rows of both imports
 *       and its rate is per ACLED row. The first import's ratio is printed too, for a server's first minutes.
 * </ol>
 *
 * Run with {@code mvn -q -pl ear exec:java@benchmark-import} after {@code mvn -q install -DskipTests} (README). On
 * PostgreSQL: build with {@code -Ppostgresql} (so the server's datasource is PostgreSQL's) and name two databases the
 * benchmark may wipe, {@code -Dbenchmark.db.url} for the import and {@code -Dbenchmark.copy.db.url} for the JDBC
 * baseline ({@code -Dbenchmark.db.user}/{@code -Dbenchmark.db.password}, default eventdesk/eventdesk).
 */
public final class ImportBenchmark {
    private static final int PORT_OFFSET = 250;
    private static final int BATCH = 1000;
    /** The import's chunk (item-count of archive-import.xml): it commits once per this many ACLED rows. */
    private static final int IMPORT_CHUNK = 100;
    /**
     * ACLED rows of a separate import run before the measured one: a fresh desk's first import is slower (the JIT
     * compiles the import's code, C2 using about a third of a core through a whole 100,000-row import; on PostgreSQL
     * slower still, README), so the target's figure is for a desk that has imported before, and the first import is
     * printed beside it.
     */
    private static final int WARM_UP_ROWS = 30_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 100_000);
        int warmUpRows = Math.max(0, Integer.getInteger("benchmark.warmup.rows", WARM_UP_ROWS));
        Path home = Path.of(System.getProperty("benchmark.jboss.home"));
        Path ear = Path.of(System.getProperty("benchmark.ear"));
        Path work = Path.of(System.getProperty("benchmark.dir"));
        BenchServer.wipe(work);
        Path data = Files.createDirectories(work.resolve("data"));
        Path csv = work.resolve("acled-" + rows + ".csv");
        AcledArchive.write(csv, rows, 42);
        Path warmUpCsv = work.resolve("acled-warm-up-" + warmUpRows + ".csv");
        if (warmUpRows > 0) {
            // Numbered after the measured file's rows, so that file's events are all new to the desk.
            AcledArchive.write(warmUpCsv, rows + 1, warmUpRows, 7);
        }
        BenchDatabase imported = BenchDatabase.forServer(data);
        imported.wipe();
        BenchDatabase copy = BenchDatabase.forCopy(work.resolve("jdbc"));
        copy.wipe();
        System.out.printf(
                Locale.ROOT,
                "Import benchmark: %d ACLED rows (%d MB), %s, %d cores%n",
                rows,
                Files.size(csv) / (1024 * 1024),
                imported.describe(),
                Runtime.getRuntime().availableProcessors());
        settle(imported);

        JsonNode done;
        double warmUpRate = 0;
        BenchServer server = BenchServer.start(
                home, work.resolve("server"), data, PORT_OFFSET, "-Deventdesk.demo=true " + imported.serverOptions());
        try {
            server.deploy(ear, "eventdesk.ear");
            String base = server.base();
            BenchServer.waitFor(() -> BenchServer.status(base + "/api/v1/events?limit=1") == 200, "the desk");
            if (warmUpRows > 0) {
                JsonNode warmUp = importFile(base, warmUpCsv);
                checkEveryRowImported(warmUp, warmUpRows);
                warmUpRate = warmUpRows / seconds(warmUp);
                System.out.printf(
                        Locale.ROOT,
                        "first import, on the fresh server (the warm-up): %d rows, %.0f rows/s%n",
                        warmUpRows,
                        warmUpRate);
                settle(imported);
            }
            done = importFile(base, csv);
        } finally {
            server.stop();
        }
        checkEveryRowImported(done, rows);
        double importSeconds = seconds(done);
        double importRate = rows / importSeconds;
        System.out.printf(
                Locale.ROOT,
                "import%s: %d rows in %.1f s, %.0f rows/s (%d imported, %d rejected)%n",
                warmUpRows > 0 ? ", on the server warmed up by the first" : " on the fresh server",
                rows,
                importSeconds,
                importRate,
                done.get("rowsImported").asLong(),
                done.get("rowsRejected").asLong());

        // The baseline copies what both imports wrote, and its rate is per ACLED row of either.
        int importedRows = rows + warmUpRows;
        if (imported.count("event_record") < importedRows) {
            throw new IllegalStateException("the import's records are not in " + imported.url()
                    + ": is the server configured for it (a PostgreSQL run needs a build with -Ppostgresql)?");
        }
        double jdbcRate = baseline(imported, copy, importedRows, "plain JDBC batch insert of the same rows");
        System.out.printf(
                Locale.ROOT, "ratio import / JDBC batch insert: %.2f (target >= 0.5)%n", importRate / jdbcRate);
        if (warmUpRows > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "ratio first import on the fresh server / JDBC batch insert: %.2f%n",
                    warmUpRate / jdbcRate);
        }
        // For comparison with figures measured before the baseline took the server's options: the same insert with
        // the driver's defaults (H2 writes commits to the file up to 500 ms after they return; PostgreSQL's driver
        // sends one statement a row).
        BenchDatabase defaults = BenchDatabase.forCopyWithDriverDefaults(work.resolve("jdbc-driver-defaults"));
        defaults.wipe();
        double defaultsRate = baseline(imported, defaults, importedRows, "the same with the driver's defaults");
        System.out.printf(
                Locale.ROOT,
                "ratio import / JDBC batch insert with the driver's defaults: %.2f%n",
                importRate / defaultsRate);
    }

    /** Before each timed part: PostgreSQL writes out what the parts before left ({@link BenchDatabase#settle}). */
    private static void settle(BenchDatabase db) throws Exception {
        if (!db.settle()) {
            System.out.println("(PostgreSQL refused CHECKPOINT: grant pg_checkpoint to the benchmark's user"
                    + " (PostgreSQL 15+), or what earlier runs left to write slows the timed parts; README)");
        }
    }

    /**
     * Every row read once and imported once: a second job on the same import (which the resumption once started for
     * an import queued in its first seconds) reads each twice and finds its records already there.
     */
    private static void checkEveryRowImported(JsonNode done, int rows) {
        if (!done.get("status").asText().equals("DONE")
                || done.get("rowsImported").asLong() != rows
                || done.get("rowsRead").asLong() != rows
                || done.get("rowsSkipped").asLong() != 0) {
            throw new IllegalStateException("the import did not take every row: " + done);
        }
    }

    /** The job's own time, from its start to its end (the upload excluded). */
    private static double seconds(JsonNode done) {
        return Duration.between(
                                Instant.parse(done.get("startedAt").asText()),
                                Instant.parse(done.get("finishedAt").asText()))
                        .toMillis()
                / 1000.0;
    }

    /** Copies the imported rows into {@code copy} and prints and returns its rate in ACLED rows a second. */
    private static double baseline(BenchDatabase imported, BenchDatabase copy, int rows, String what) throws Exception {
        RecordGenerator.migrate(copy.url(), copy.user(), copy.password());
        settle(copy);
        Copy jdbc = copyRows(imported, copy, rows);
        double jdbcSeconds = jdbc.took().toMillis() / 1000.0;
        double jdbcRate = rows / jdbcSeconds;
        System.out.printf(
                Locale.ROOT,
                "%s: %d table rows (%d tables, %d commits) in %.1f s, %.0f ACLED rows/s%n",
                what,
                jdbc.rows(),
                jdbc.tables(),
                jdbc.commits(),
                jdbcSeconds,
                jdbcRate);
        return jdbcRate;
    }

    private static JsonNode importFile(String base, Path csv) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> accepted = http.send(
                HttpRequest.newBuilder(
                                URI.create(base + "/api/v1/imports?format=acled&as=draft&name=" + csv.getFileName()))
                        .header("Authorization", "Bearer demo-admin-token")
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(csv))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("the import was refused: " + accepted.statusCode() + " "
                    + accepted.headers().map() + " " + accepted.body());
        }
        String location = base + "/api/v1/imports/"
                + JSON.readTree(accepted.body()).get("id").asLong();
        long lastPrinted = 0;
        while (true) {
            JsonNode state = JSON.readTree(http.send(
                            HttpRequest.newBuilder(URI.create(location))
                                    .header("Authorization", "Bearer demo-admin-token")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            String status = state.get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return state;
            }
            long read = state.get("rowsRead").asLong();
            if (read - lastPrinted >= 10_000) {
                System.out.printf(
                        Locale.ROOT,
                        "  %d rows read, %.0f rows/s%n",
                        read,
                        state.get("rowsPerSecond").asDouble());
                lastPrinted = read;
            }
            Thread.sleep(500);
        }
    }

    record Copy(long rows, int tables, long commits, Duration took) {}

    /**
     * Every row of every table the import's database holds and the fresh one does not (a migration's own rows, such
     * as the taxonomy, are there already), parents before children, with batched inserts, committed as often as the
     * import committed: once per chunk of its rows, so {@code rows / IMPORT_CHUNK} commits in all. Commits written at
     * once (H2's WRITE_DELAY=0, PostgreSQL's synchronous commit) cost by their number and size, so the baseline makes
     * as many as the import, of the same size on average (it made about 3,550 against the import's 1,000 before).
     */
    private static Copy copyRows(BenchDatabase fromDb, BenchDatabase toDb, int importedRows) throws Exception {
        try (Connection from = fromDb.connect();
                Connection to = toDb.connect()) {
            to.setAutoCommit(false);
            List<String> copying = new ArrayList<>();
            long total = 0;
            for (String table : parentsFirst(from, fromDb.schema())) {
                if (!table.equalsIgnoreCase("flyway_schema_history") && count(to, table) == 0) {
                    copying.add(table);
                    total += count(from, table);
                }
            }
            Commits commits = new Commits(to, Math.max(1, total / Math.max(1, importedRows / IMPORT_CHUNK)));
            long copied = 0;
            int tables = 0;
            Duration inserting = Duration.ZERO;
            for (String table : copying) {
                // Read first, untimed: the baseline is the insert alone, as if the rows were at hand.
                Rows rows = read(from, table);
                if (rows.values().isEmpty()) {
                    continue;
                }
                Instant start = Instant.now();
                insert(to, table, rows, commits);
                inserting = inserting.plus(Duration.between(start, Instant.now()));
                copied += rows.values().size();
                tables++;
            }
            Instant start = Instant.now();
            to.commit();
            inserting = inserting.plus(Duration.between(start, Instant.now()));
            return new Copy(copied, tables, commits.made + 1, inserting);
        }
    }

    /** Commits every {@code every} rows written, across tables. */
    private static final class Commits {
        private final Connection to;
        private final long every;
        private long written;
        private long made;

        Commits(Connection to, long every) {
            this.to = to;
            this.every = every;
        }

        /** Counts a row added to the batch; true when it is the last of a commit's rows (send the batch, commit). */
        boolean due() {
            return ++written % every == 0;
        }

        void commit() throws Exception {
            to.commit();
            made++;
        }
    }

    /** A table's rows, read into memory, with its column names. */
    private record Rows(List<String> columns, List<Object[]> values) {}

    private static Rows read(Connection from, String table) throws Exception {
        try (Statement read = from.createStatement();
                ResultSet rows = read.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= n; c++) {
                columns.add(meta.getColumnName(c));
            }
            List<Object[]> values = new ArrayList<>();
            while (rows.next()) {
                Object[] row = new Object[n];
                for (int c = 1; c <= n; c++) {
                    Object value = rows.getObject(c);
                    // Large objects are handles into the source database: their contents are read now.
                    if (value instanceof java.sql.Clob clob) {
                        value = clob.getSubString(1, (int) clob.length());
                    } else if (value instanceof java.sql.Blob blob) {
                        value = blob.getBytes(1, (int) blob.length());
                    }
                    row[c - 1] = value;
                }
                values.add(row);
            }
            return new Rows(columns, values);
        }
    }

    private static void insert(Connection to, String table, Rows rows, Commits commits) throws Exception {
        String insert = "insert into " + table + " (" + String.join(", ", rows.columns()) + ") values ("
                + String.join(", ", Collections.nCopies(rows.columns().size(), "?")) + ")";
        try (PreparedStatement write = to.prepareStatement(insert)) {
            int batched = 0;
            for (Object[] row : rows.values()) {
                for (int c = 0; c < row.length; c++) {
                    write.setObject(c + 1, row[c]);
                }
                write.addBatch();
                boolean commit = commits.due();
                if (++batched == BATCH || commit) {
                    write.executeBatch();
                    batched = 0;
                }
                if (commit) {
                    commits.commit();
                }
            }
            write.executeBatch();
        }
    }

    static long count(Connection db, String table) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The schema's tables ordered so that a table comes after every table its foreign keys name. */
    private static List<String> parentsFirst(Connection db, String schema) throws Exception {
        DatabaseMetaData meta = db.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                parents.put(tables.getString("TABLE_NAME"), new LinkedHashSet<>());
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet keys = meta.getImportedKeys(null, schema, table.getKey())) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table.getKey())) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < parents.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue())) {
                    placed.add(table.getKey());
                    ordered.add(table.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys in a cycle among " + parents.keySet());
            }
        }
        return ordered;
    }
}
