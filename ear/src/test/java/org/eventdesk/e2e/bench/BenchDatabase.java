package org.eventdesk.e2e.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The database a benchmark's server (and the import benchmark's baseline) writes: a new H2 file by default; a
 * PostgreSQL database when {@code -Dbenchmark.db.url} names one ({@code -Dbenchmark.db.user}/{@code
 * -Dbenchmark.db.password}, default eventdesk/eventdesk), which a benchmark wipes first (the session benchmark keeps it
 * when told to).
 * A PostgreSQL run needs the build's {@code postgresql} profile, whose server has that datasource.
 */
record BenchDatabase(String url, String user, String password) {
    private static final String PG_USER = System.getProperty("benchmark.db.user", "eventdesk");
    private static final String PG_PASSWORD = System.getProperty("benchmark.db.password", "eventdesk");

    static BenchDatabase forServer(Path data) {
        String url = System.getProperty("benchmark.db.url");
        return url == null
                ? new BenchDatabase("jdbc:h2:file:" + data.resolve("eventdesk"), "sa", "sa")
                : new BenchDatabase(url, PG_USER, PG_PASSWORD);
    }

    /**
     * The import benchmark's baseline database: on H2 a new file opened as the server opens the desk's (its
     * datasource in configure-server.cli), with {@code WRITE_DELAY=0}: the desk writes each commit to its file before
     * it answers (a save survives the server being killed), and a baseline that let H2 write them up to half a second
     * later would measure another durability.
     */
    static BenchDatabase forCopy(Path dir) {
        return forCopy(dir, ";LOCK_TIMEOUT=30000;WRITE_DELAY=0");
    }

    /** The same, opened with other H2 options (none: H2's defaults). */
    static BenchDatabase forCopy(Path dir, String h2Options) {
        if (System.getProperty("benchmark.db.url") == null) {
            return new BenchDatabase("jdbc:h2:file:" + dir.resolve("eventdesk") + h2Options, "sa", "sa");
        }
        String url = System.getProperty("benchmark.copy.db.url");
        if (url == null) {
            throw new IllegalArgumentException(
                    "on PostgreSQL, name the baseline's database too:" + " -Dbenchmark.copy.db.url (it is wiped)");
        }
        return new BenchDatabase(url, PG_USER, PG_PASSWORD);
    }

    boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    String schema() {
        return postgres() ? "public" : "PUBLIC";
    }

    String describe() throws Exception {
        try (Connection db = connect()) {
            return db.getMetaData().getDatabaseProductName() + " "
                    + db.getMetaData().getDatabaseProductVersion() + (postgres() ? "" : " (file)");
        }
    }

    /** The server's connection to this database (its PostgreSQL datasource reads these; H2 needs none). */
    String serverOptions() {
        return postgres()
                ? "-Deventdesk.db.url=" + url + " -Deventdesk.db.user=" + user + " -Deventdesk.db.password=" + password
                : "";
    }

    /** A new H2 file is empty already; a PostgreSQL database loses every table of its public schema. */
    void wipe() throws Exception {
        if (!postgres()) {
            return;
        }
        try (Connection db = connect();
                Statement s = db.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
    }

    long count(String table) throws Exception {
        try (Connection db = connect()) {
            return ImportBenchmark.count(db, table);
        }
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(url, user, password);
    }
}
