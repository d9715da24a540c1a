package org.eventdesk.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database a benchmark's server (and the import benchmark's baseline) writes: a new H2 file by default; a
 * PostgreSQL database when {@code -Dbenchmark.db.url} names one ({@code -Dbenchmark.db.user}/{@code
 * -Dbenchmark.db.password}, default eventdesk/eventdesk), which a benchmark wipes first (the session benchmark keeps it
 * when told to). The session benchmark also takes an H2 desk the generator filled ({@code
 * -Dbenchmark.db.url=jdbc:h2:file:<dir>/eventdesk}, kept as it is): the server then opens that directory as its data
 * directory.
 * A PostgreSQL run needs the build's {@code postgresql} profile, whose server has that datasource.
 */
record BenchDatabase(String url, String user, String password, Path dataDir) {
    private static final String PG_USER = System.getProperty("benchmark.db.user", "eventdesk");
    private static final String PG_PASSWORD = System.getProperty("benchmark.db.password", "eventdesk");
    private static final String H2_FILE = "jdbc:h2:file:";
    /** PostgreSQL's SQLSTATE for a command the user may not run. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** The options the server's datasource opens the desk's H2 file with (configure-server.cli). */
    private static final String SERVER_H2_OPTIONS = ";LOCK_TIMEOUT=30000;WRITE_DELAY=0";
    /** The connection property the server's PostgreSQL datasource sets (configure-postgresql.cli). */
    private static final String SERVER_POSTGRESQL_OPTIONS = "reWriteBatchedInserts=true";

    /** What the server is told so that it reaches a desk {@link #hostForServer() hosted} here instead of opening it. */
    static final String HOSTED_SERVER_OPTIONS = "-Deventdesk.h2.options=AUTO_SERVER=TRUE";

    /**
     * Reads no file and writes none, so that it can be called before the benchmark wipes its own directory.
     *
     * @param data the data directory of the benchmark's own server, where a new H2 desk is written (a named H2 desk
     *     brings its own, the directory that holds it); it must not hold a named desk, since the benchmark wipes it
     */
    static BenchDatabase forServer(Path data) {
        String url = System.getProperty("benchmark.db.url");
        if (url == null) {
            return new BenchDatabase(H2_FILE + data.resolve("eventdesk"), "sa", "sa", data);
        }
        if (url.startsWith("jdbc:h2:")) {
            return namedH2Desk(url, data);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "-Dbenchmark.db.url names an H2 file (jdbc:h2:file:<dir>/eventdesk) or a PostgreSQL database,"
                            + " not " + url);
        }
        return new BenchDatabase(url, PG_USER, PG_PASSWORD, data);
    }

    /**
     * An H2 desk the generator filled, which the server opens as its own: its datasource opens {@code
     * <eventdesk.data.dir>/eventdesk} (configure-server.cli), so the desk must have that name, and the server must be
     * the build's default one (a {@code -Ppostgresql} build's would connect to PostgreSQL instead).
     */
    private static BenchDatabase namedH2Desk(String url, Path data) {
        if (!url.startsWith(H2_FILE)) {
            throw new IllegalArgumentException(
                    "an H2 desk for the server is a file: jdbc:h2:file:<dir>/eventdesk, not " + url);
        }
        String path = url.substring(H2_FILE.length()).split(";", 2)[0];
        if (path.startsWith("~")) {
            // H2 and the server would each read "~" their own way (or not at all): the path is written out.
            throw new IllegalArgumentException("write the H2 desk's directory out in full, without ~: " + path);
        }
        Path file = Path.of(path).toAbsolutePath().normalize();
        if (!file.getFileName().toString().equals("eventdesk")) {
            throw new IllegalArgumentException("an H2 desk for the server must be named eventdesk"
                    + " (-Dbenchmark.db.url=jdbc:h2:file:<dir>/eventdesk), not " + file.getFileName());
        }
        Path work = data.toAbsolutePath().normalize().getParent();
        if (file.startsWith(work)) {
            throw new IllegalArgumentException(
                    "the H2 desk " + file + " lies in the benchmark's own directory " + work + ", which it wipes");
        }
        if (!Files.exists(file.resolveSibling("eventdesk.mv.db"))) {
            // Opening it would make an empty database there; the generator fills one first (README).
            throw new IllegalArgumentException("no H2 desk at " + file + ".mv.db: fill one with the generator first");
        }
        return new BenchDatabase(H2_FILE + file, "sa", "sa", file.getParent());
    }

    /**
     * The import benchmark's baseline database, connected as the server connects to the desk's. On H2 a new file with
     * {@code WRITE_DELAY=0} (configure-server.cli): the desk writes each commit to its file before it answers (a save
     * survives the server being killed), and a baseline that let H2 write them up to half a second later would
     * measure another durability. On PostgreSQL the database named by {@code benchmark.copy.db.url}, with the
     * driver's {@code reWriteBatchedInserts} (configure-postgresql.cli), which sends a batch as multi-row inserts.
     */
    static BenchDatabase forCopy(Path dir) {
        return forCopy(dir, true);
    }

    /**
     * The same with the driver's defaults: on H2, commits written up to 500 ms after they return; on PostgreSQL, one
     * statement a row. The baseline of the figures measured before the benchmark took the server's options.
     */
    static BenchDatabase forCopyWithDriverDefaults(Path dir) {
        return forCopy(dir, false);
    }

    private static BenchDatabase forCopy(Path dir, boolean asTheServer) {
        if (System.getProperty("benchmark.db.url") == null) {
            return new BenchDatabase(
                    H2_FILE + dir.resolve("eventdesk") + (asTheServer ? SERVER_H2_OPTIONS : ""), "sa", "sa", dir);
        }
        String url = System.getProperty("benchmark.copy.db.url");
        if (url == null) {
            throw new IllegalArgumentException(
                    "on PostgreSQL, name the baseline's database too:" + " -Dbenchmark.copy.db.url (it is wiped)");
        }
        String options = asTheServer ? (url.contains("?") ? "&" : "?") + SERVER_POSTGRESQL_OPTIONS : "";
        return new BenchDatabase(url + options, PG_USER, PG_PASSWORD, dir);
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

    /**
     * Opens this H2 desk in the benchmark's own JVM as H2's automatic server: a server started afterwards with {@link
     * #HOSTED_SERVER_OPTIONS} finds the file open (its lock file names this JVM's port) and reaches it over TCP. H2's
     * engine, its page cache and the results it keeps then live in this JVM, outside the server's heap, as
     * PostgreSQL's do. Opened with the options of the server's datasource: the first to open a database sets its
     * write delay, so the desk's commits are written as the server's own would be.
     *
     * @return the connection that keeps the database open here, to be closed after the server stopped
     */
    Connection hostForServer() throws SQLException {
        if (postgres()) {
            throw new IllegalStateException("PostgreSQL runs in processes of its own already");
        }
        return DriverManager.getConnection(url + SERVER_H2_OPTIONS + ";AUTO_SERVER=TRUE", user, password);
    }

    /** How many connections other than this one the hosted database holds: the server's, over TCP. */
    static long otherSessions(Connection host) throws SQLException {
        try (Statement s = host.createStatement();
                ResultSet r = s.executeQuery(
                        "select count(*) from information_schema.sessions where session_id <> session_id()")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * A new H2 file is empty already; a PostgreSQL database loses every table of its public schema. An H2 desk named
     * by {@code -Dbenchmark.db.url} is only ever kept: its file is not a benchmark's to delete.
     */
    void wipe() throws Exception {
        if (!postgres()) {
            if (System.getProperty("benchmark.db.url") != null) {
                throw new IllegalArgumentException(
                        "an H2 desk named by -Dbenchmark.db.url is for the session benchmark,"
                                + " which keeps it (-Dbenchmark.db.keep=true); this benchmark needs a database it may wipe");
            }
            return;
        }
        try (Connection db = connect();
                Statement s = db.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        }
    }

    /**
     * Has PostgreSQL write out what earlier work left to its checkpointer, so that the timed part that follows does
     * not share the disk with it: an import started right after another benchmark run (whose baselines write millions
     * of rows twice) ran a quarter slower than one started after a {@code CHECKPOINT} (1,053 and 1,089 against 1,436
     * rows/s, README). {@code CHECKPOINT} needs a superuser or, from PostgreSQL 15, the {@code pg_checkpoint} role.
     * An H2 run's files are new, so there is nothing to write first.
     *
     * @return false when PostgreSQL refused the checkpoint for want of the role
     */
    boolean settle() throws Exception {
        if (!postgres()) {
            return true;
        }
        try (Connection db = connect();
                Statement s = db.createStatement()) {
            s.execute("checkpoint");
            return true;
        } catch (SQLException refused) {
            if (INSUFFICIENT_PRIVILEGE.equals(refused.getSQLState())) {
                return false;
            }
            throw refused;
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
