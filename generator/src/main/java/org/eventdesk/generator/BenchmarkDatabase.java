package org.eventdesk.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The generated desk a benchmark reads: {@code -Dbenchmark.db.url} (default the generator's H2 file), {@code
 * -Dbenchmark.db.user} and {@code -Dbenchmark.db.password} (default {@code sa}/{@code sa} on H2, {@code
 * eventdesk}/{@code eventdesk} on PostgreSQL).
 */
record BenchmarkDatabase(String url, String user, String password) {
    static BenchmarkDatabase fromProperties() {
        String url = System.getProperty("benchmark.db.url", "jdbc:h2:file:./target/generated/eventdesk");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        return new BenchmarkDatabase(
                url,
                System.getProperty("benchmark.db.user", postgres ? "eventdesk" : "sa"),
                System.getProperty("benchmark.db.password", postgres ? "eventdesk" : "sa"));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The desk's records, counted once for the benchmark's heading. */
    static long records(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select count(*) from event_record");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
