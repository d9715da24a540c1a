package org.eventdesk.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eventdesk.domain.publishing.LogEntry;
import org.eventdesk.domain.publishing.PublicRecord;
import org.eventdesk.domain.publishing.PublicationAudit;

/**
 * Audits a desk's publication log straight from its database, without the application: every entry's hash
 * recomputed, the chain, the head, and each public copy against the version its log entry sealed. The rules are
 * the desk's own ({@link PublicationAudit}), so this and {@code GET /api/v1/publication-log/verify} can only agree.
 *
 * <pre>
 * java -jar audit/target/eventdesk-audit.jar &lt;jdbc-url&gt; [user] [password] [--expect-head &lt;hash&gt;]
 * </pre>
 *
 * <p>With {@code --expect-head}, a hash the auditor noted earlier (from {@code /verify} or an earlier run) must be
 * in the log: a log that was cut back to before it, or rewritten since, fails even if it is consistent in itself.
 * Exit status 0 when the log verifies, 1 when it does not, 2 when the database cannot be read.
 */
public final class LogAudit {
    private LogAudit() {}

    /** What the audit found, and whether an expected head is in the log. */
    public record Result(PublicationAudit.Report report, boolean expectedHeadFound) {
        public boolean valid() {
            return report.valid() && expectedHeadFound;
        }
    }

    public static void main(String[] args) {
        List<String> positional = new ArrayList<>();
        String expectedHead = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--expect-head") && i + 1 < args.length) {
                expectedHead = args[++i];
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.isEmpty() || positional.size() > 3) {
            System.err.println(
                    "usage: java -jar eventdesk-audit.jar <jdbc-url> [user] [password] [--expect-head <hash>]");
            System.exit(2);
        }
        String url = positional.get(0);
        String user = positional.size() > 1 ? positional.get(1) : "";
        String password = positional.size() > 2 ? positional.get(2) : "";
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            Result result = audit(connection, expectedHead);
            print(result, expectedHead, System.out);
            System.exit(result.valid() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("cannot read the database: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Reads everything in one read-only transaction, so the audit sees one state of the database. */
    public static Result audit(Connection connection, String expectedHead) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try {
            PublicationAudit audit = new PublicationAudit();
            boolean[] found = {expectedHead == null};
            try (PreparedStatement entries = connection.prepareStatement(
                    "select seq, record_id, version_no, kind, title, note, published_at, published_by, approved_by,"
                            + " previous_hash, snapshot, document, hash_format, hash from publication order by seq")) {
                entries.setFetchSize(200);
                try (ResultSet row = entries.executeQuery()) {
                    while (row.next()) {
                        LogEntry entry = new LogEntry(
                                row.getLong(1),
                                row.getLong(2),
                                row.getInt(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                instant(row, 7),
                                row.getString(8),
                                row.getString(9),
                                row.getString(10),
                                row.getString(11),
                                row.getString(12),
                                row.getInt(13),
                                row.getString(14));
                        audit.entry(entry);
                        found[0] |= entry.hash().equals(expectedHead);
                    }
                }
            }
            try (Statement head = connection.createStatement();
                    ResultSet row = head.executeQuery("select last_hash, entries from publication_head where id = 1")) {
                if (row.next()) {
                    audit.head(new PublicationAudit.Head(row.getString(1), row.getLong(2)));
                } else {
                    audit.head(new PublicationAudit.Head("(no head row)", -1));
                }
            }
            try (Statement copies = connection.createStatement();
                    ResultSet row = copies.executeQuery(
                            "select record_id, version_no, status, entry_seq, entry_hash, document from public_record"
                                    + " order by record_id")) {
                while (row.next()) {
                    audit.copy(new PublicationAudit.CopyState(
                            row.getLong(1),
                            row.getInt(2),
                            PublicRecord.Status.valueOf(row.getString(3)),
                            row.getLong(4),
                            row.getString(5),
                            row.getString(6)));
                }
            }
            try (Statement records = connection.createStatement();
                    ResultSet row = records.executeQuery(
                            "select id, published_version, status from event_record where published_version > 0"
                                    + " order by id")) {
                while (row.next()) {
                    audit.record(new PublicationAudit.RecordState(
                            row.getLong(1), row.getInt(2), "RETRACTED".equals(row.getString(3))));
                }
            }
            return new Result(audit.report(), found[0]);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    static void print(Result result, String expectedHead, PrintStream out) {
        PublicationAudit.Report report = result.report();
        out.println(
                (result.valid() ? "VALID" : "INVALID") + ": " + report.entries() + " entries, head " + report.head());
        if (report.firstBadEntry() != null) {
            out.println("first bad entry: " + report.firstBadEntry());
        }
        if (!result.expectedHeadFound()) {
            out.println("the expected head " + expectedHead + " is not in the log: it was cut back or rewritten");
        }
        report.problems().forEach(p -> out.println("- " + p.what()));
        if (report.problemCount() > report.problems().size()) {
            out.println("… and " + (report.problemCount() - report.problems().size()) + " more problems");
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        if (time != null) {
            return time.toInstant();
        }
        Timestamp stamp = row.getTimestamp(column);
        return stamp == null ? null : stamp.toInstant();
    }
}
