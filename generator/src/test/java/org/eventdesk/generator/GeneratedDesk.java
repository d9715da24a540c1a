package org.eventdesk.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** One small generated desk (H2 file) that this module's test classes share: generating it is their slow part. */
final class GeneratedDesk {
    static final int RECORDS = 400;
    static final long SEED = 7;

    private static GeneratedDesk desk;

    final Path dir;
    final String url;
    final RecordGenerator.Summary summary;

    private GeneratedDesk(Path dir) throws SQLException {
        this.dir = dir;
        this.url = "jdbc:h2:file:" + dir.resolve("desk");
        RecordGenerator.migrate(url, "sa", "sa");
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            summary = RecordGenerator.generate(db, RECORDS, SEED, RecordGenerator.STATES);
        }
    }

    static synchronized GeneratedDesk get() throws SQLException {
        if (desk == null) {
            try {
                desk = new GeneratedDesk(
                        Files.createTempDirectory(Path.of("target").toAbsolutePath(), "generated-desk"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return desk;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "sa");
    }
}
