package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eventdesk.audit.LogAudit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Someone with access to the database changes the publication log or what readers are served, behind the desk's
 * back; the audit must notice every time, through the API ({@code /api/v1/publication-log/verify}) and through the
 * offline command ({@link LogAudit}) run on the same database. Each test puts the database back as it was and the
 * audit must then be satisfied again, so no other test sees the damage.
 */
class PublicationTamperIT {
    private static Connection db;
    private static long first;
    private static long second;

    @BeforeAll
    static void publishAndConnect() throws SQLException {
        first = publish("Tamper target one");
        second = publish("Tamper target two");
        publish("Tamper target three");
        db = DriverManager.getConnection(
                System.getProperty("test.jdbc.url"),
                System.getProperty("test.jdbc.user"),
                System.getProperty("test.jdbc.password"));
        db.setAutoCommit(true);
    }

    @AfterAll
    static void disconnect() throws SQLException {
        db.close();
    }

    @AfterEach
    void theRestoredLogVerifiesAgain() throws SQLException {
        JsonNode report = verify();
        assertTrue(report.get("valid").asBoolean(), "restored: " + report);
        assertTrue(LogAudit.audit(db, null).valid(), "restored, offline");
    }

    @Test
    void aSealedSnapshotEditedIsFoundAtItsEntry() throws SQLException {
        long seq = latestEntryOf(first);
        String original = text("select snapshot from publication where seq = ?", seq);
        update("update publication set snapshot = ? where seq = ?", original + "figures[0].value\t3\n", seq);
        try {
            JsonNode report = verify();
            assertFalse(report.get("valid").asBoolean(), report.toString());
            assertEquals(seq, report.get("firstBadEntry").asLong(), report.toString());
            assertTrue(report.get("problems").get(0).get("problem").asText().contains("changed after it was sealed"));
            LogAudit.Result offline = LogAudit.audit(db, null);
            assertFalse(offline.valid());
            assertEquals(seq, offline.report().firstBadEntry());
        } finally {
            update("update publication set snapshot = ? where seq = ?", original, seq);
        }
    }

    @Test
    void aPublishedRecordsLiveRowEditedIsFound() throws SQLException {
        String original = text("select document from public_record where record_id = ?", second);
        String tampered = original.replace("Tamper target two", "Quietly rewritten");
        update("update public_record set document = ? where record_id = ?", tampered, second);
        try {
            // Readers get it as soon as the desk reads the row again (a restart, or an answer aged out of its cache).
            JsonNode report = verify();
            assertFalse(report.get("valid").asBoolean(), report.toString());
            assertTrue(problemAbout(report, second).contains("is not the version sealed in entry"), report.toString());
            assertFalse(LogAudit.audit(db, null).valid());
        } finally {
            update("update public_record set document = ? where record_id = ?", original, second);
        }
    }

    @Test
    void theLastEntryDeletedWithTheHeadWoundBackIsFound() throws SQLException {
        Map<String, Object> head = row("select * from publication_head where id = ?", 1L);
        long last = ((Number) head.get("ENTRIES")).longValue();
        Map<String, Object> entry = row("select * from publication where seq = ?", last);
        String before = (String) entry.get("PREVIOUS_HASH");
        String noted = (String) head.get("LAST_HASH");
        update("delete from publication where seq = ?", last);
        update("update publication_head set last_hash = ?, entries = ? where id = 1", before, last - 1);
        try {
            JsonNode report = verify();
            assertFalse(report.get("valid").asBoolean(), report.toString());
            assertTrue(report.get("firstBadEntry").isNull(), "the shortened chain is intact in itself: " + report);
            long recordId = ((Number) entry.get("RECORD_ID")).longValue();
            assertTrue(problemAbout(report, recordId).contains("does not hold"), report.toString());
            LogAudit.Result offline = LogAudit.audit(db, noted);
            assertFalse(offline.valid());
            assertFalse(offline.expectedHeadFound(), "the head the auditor noted is gone");
        } finally {
            insert("publication", entry);
            update("update publication_head set last_hash = ?, entries = ? where id = 1", noted, last);
        }
    }

    /**
     * Not tampering but the damage H2 did once under fifty publishing clients: a rolled-back publisher wrote the head
     * row back as it was one entry earlier, the entry staying. The audit reports it; the next publication moves the
     * head over the entry that follows it instead of appending after the stale head (which broke the chain's unique
     * link, a 500 for every publication after).
     */
    @Test
    void aHeadLeftOneEntryBehindItsLogIsMovedToItsEndByTheNextPublication() throws SQLException {
        Map<String, Object> head = row("select * from publication_head where id = ?", 1L);
        long last = ((Number) head.get("ENTRIES")).longValue();
        String noted = (String) head.get("LAST_HASH");
        String before = text("select previous_hash from publication where seq = ?", last);
        update("update publication_head set last_hash = ?, entries = ? where id = 1", before, last - 1);
        try {
            JsonNode report = verify();
            assertFalse(report.get("valid").asBoolean(), report.toString());
            assertTrue(
                    report.get("problems").get(0).get("problem").asText().contains("the head names " + (last - 1)),
                    report.toString());

            publish("Published after the head fell behind");

            Map<String, Object> moved = row("select * from publication_head where id = ?", 1L);
            assertEquals(last + 1, ((Number) moved.get("ENTRIES")).longValue());
            assertEquals(
                    noted,
                    text("select previous_hash from publication where seq = ?", last + 1),
                    "the new entry follows the log's last one, not the stale head");
        } finally {
            Map<String, Object> now = row("select * from publication_head where id = ?", 1L);
            if (((Number) now.get("ENTRIES")).longValue() < last) {
                update("update publication_head set last_hash = ?, entries = ? where id = 1", noted, last);
            }
        }
    }

    @Test
    void twoEntriesSwappedAreFound() throws SQLException {
        long a = latestEntryOf(first);
        long b = latestEntryOf(second);
        swap(a, b);
        try {
            JsonNode report = verify();
            assertFalse(report.get("valid").asBoolean(), report.toString());
            assertEquals(Math.min(a, b), report.get("firstBadEntry").asLong(), report.toString());
            assertFalse(LogAudit.audit(db, null).valid());
        } finally {
            swap(a, b);
        }
    }

    private static long publish(String title) {
        long id = ReadyRecords.create("demo-editor-token", title);
        for (String[] step : new String[][] {
            {"submit", "demo-editor-token"}, {"approve", "demo-reviewer-token"}, {"publish", "demo-editor-token"}
        }) {
            Api.Answer answer = ReadyRecords.step(id, step[0], step[1], null);
            assertEquals(200, answer.status(), step[0] + ": " + answer.body());
        }
        return id;
    }

    private static JsonNode verify() {
        Api.Answer answer = Api.get("/api/v1/publication-log/verify", null);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static String problemAbout(JsonNode report, long recordId) {
        StringBuilder found = new StringBuilder();
        report.get("problems").forEach(p -> {
            if (!p.get("recordId").isNull() && p.get("recordId").asLong() == recordId) {
                found.append(p.get("problem").asText()).append('\n');
            }
        });
        return found.toString();
    }

    private static long latestEntryOf(long recordId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select max(seq) from publication where record_id = ?")) {
            query.setLong(1, recordId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Swaps two entries' places in the log (through a free number, as the numbers are unique). */
    private static void swap(long a, long b) throws SQLException {
        update("update publication set seq = -1 where seq = ?", a);
        update("update publication set seq = ? where seq = ?", a, b);
        update("update publication set seq = ? where seq = -1", b);
    }

    private static String text(String sql, Object parameter) throws SQLException {
        return (String) row(sql, parameter).values().iterator().next();
    }

    private static Map<String, Object> row(String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                ResultSetMetaData columns = row.getMetaData();
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = row.getObject(i);
                    // Long text comes as a large object from H2; its words are what matter here.
                    values.put(
                            columns.getColumnName(i).toUpperCase(),
                            value instanceof java.sql.Clob ? row.getString(i) : value);
                }
                return values;
            }
        }
    }

    private static void insert(String table, Map<String, Object> values) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", values.keySet()) + ") values ("
                + String.join(", ", values.keySet().stream().map(k -> "?").toList()) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            int i = 1;
            for (Object value : values.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
    }

    private static void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }
}
