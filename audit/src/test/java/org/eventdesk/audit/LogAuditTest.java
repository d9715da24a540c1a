package org.eventdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eventdesk.domain.publishing.LogEntry;
import org.eventdesk.domain.shared.SchemaDialect;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command against a real schema (the desk's own migrations on H2), filled the way the desk fills it: entries
 * sealed with {@link LogEntry}, the head, the public copies. Then changed behind the desk's back.
 */
class LogAuditTest {
    private static final Instant AT = Instant.parse("2025-12-27T12:00:00Z");
    private Connection db;
    private final List<LogEntry> entries = new ArrayList<>();

    @BeforeEach
    void desk() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .placeholders(SchemaDialect.H2.placeholders())
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "sa", "");
        String previous = LogEntry.GENESIS;
        for (int i = 1; i <= 3; i++) {
            record(i);
            String document = "{\"id\":" + i + ",\"version\":1}";
            LogEntry unsealed = new LogEntry(
                    i,
                    i,
                    1,
                    "PUBLISHED",
                    "Record " + i,
                    null,
                    AT.plusSeconds(i),
                    "editor",
                    "reviewer",
                    previous,
                    "title\tRecord " + i + "\n",
                    document,
                    LogEntry.CANONICAL_FORMAT,
                    null);
            LogEntry entry = new LogEntry(
                    unsealed.seq(),
                    i,
                    1,
                    "PUBLISHED",
                    unsealed.title(),
                    null,
                    unsealed.at(),
                    "editor",
                    "reviewer",
                    previous,
                    unsealed.snapshot(),
                    document,
                    LogEntry.CANONICAL_FORMAT,
                    unsealed.expectedHash());
            store(entry);
            copy(entry);
            entries.add(entry);
            previous = entry.hash();
        }
        execute("update publication_head set last_hash = '" + previous + "', entries = 3");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void anUntouchedLogVerifiesAndSaysSo() throws SQLException {
        LogAudit.Result result = LogAudit.audit(db, entries.get(2).hash());

        assertTrue(result.valid(), result.report().problems().toString());
        assertEquals(3, result.report().entries());
        assertTrue(print(result, entries.get(2).hash())
                .startsWith("VALID: 3 entries, head " + entries.get(2).hash()));
    }

    @Test
    void anEditedEntryIsFound() throws SQLException {
        execute("update publication set title = 'Edited' where seq = 2");

        LogAudit.Result result = LogAudit.audit(db, null);

        assertFalse(result.valid());
        assertEquals(2L, result.report().firstBadEntry());
        assertTrue(print(result, null).contains("first bad entry: 2"));
    }

    @Test
    void aPublicCopyEditedBehindTheDesksBackIsFound() throws SQLException {
        execute("update public_record set document = '{\"id\":2,\"version\":1,\"title\":\"x\"}' where record_id = 2");

        LogAudit.Result result = LogAudit.audit(db, null);

        assertFalse(result.valid());
        assertTrue(print(result, null).contains("is not the version sealed in entry 2"));
    }

    @Test
    void aLogCutBackToBeforeAHeadTheAuditorNotedFails() throws SQLException {
        String noted = entries.get(2).hash();
        execute("delete from public_record_place where record_id = 3");
        execute("delete from public_record where record_id = 3");
        execute("update event_record set published_version = 0 where id = 3");
        execute("delete from publication where seq = 3");
        execute("update publication_head set last_hash = '" + entries.get(1).hash() + "', entries = 2");

        assertTrue(LogAudit.audit(db, null).valid(), "cut back everywhere, the database is consistent in itself");
        LogAudit.Result result = LogAudit.audit(db, noted);

        assertFalse(result.valid());
        assertTrue(print(result, noted).contains("the expected head " + noted + " is not in the log"));
    }

    private String print(LogAudit.Result result, String expectedHead) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogAudit.print(result, expectedHead, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private void record(long id) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into event_record (id, version, title,"
                + " verification, status, created_by, created_at, updated_by, updated_at, revision, published_version)"
                + " values (?, 1, ?, 'SINGLE_SOURCE', 'PUBLISHED', 'editor', ?, 'editor', ?, 1, 1)")) {
            insert.setLong(1, id);
            insert.setString(2, "Record " + id);
            insert.setObject(3, OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
            insert.setObject(4, OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private void store(LogEntry e) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into publication (id, seq, record_id, version_no,"
                + " kind, title, note, snapshot, published_at, published_by, approved_by, previous_hash, hash,"
                + " hash_format, document) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, e.seq());
            insert.setLong(2, e.seq());
            insert.setLong(3, e.recordId());
            insert.setInt(4, e.version());
            insert.setString(5, e.kind());
            insert.setString(6, e.title());
            insert.setString(7, e.note());
            insert.setString(8, e.snapshot());
            insert.setObject(9, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            insert.setString(10, e.by());
            insert.setString(11, e.approvedBy());
            insert.setString(12, e.previousHash());
            insert.setString(13, e.hash());
            insert.setInt(14, e.format());
            insert.setString(15, e.document());
            insert.executeUpdate();
        }
    }

    private void copy(LogEntry e) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into public_record (record_id, version_no, status,"
                + " title, verification, first_published_at, updated_at, entry_seq, entry_hash, document)"
                + " values (?, 1, 'PUBLISHED', ?, 'SINGLE_SOURCE', ?, ?, ?, ?, ?)")) {
            insert.setLong(1, e.recordId());
            insert.setString(2, e.title());
            insert.setObject(3, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            insert.setObject(4, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            insert.setLong(5, e.seq());
            insert.setString(6, e.hash());
            insert.setString(7, e.document());
            insert.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
