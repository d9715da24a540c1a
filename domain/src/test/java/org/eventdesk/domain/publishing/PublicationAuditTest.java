package org.eventdesk.domain.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eventdesk.domain.shared.Hashing;
import org.junit.jupiter.api.Test;

class PublicationAuditTest {
    private static final Instant AT = Instant.parse("2025-12-27T12:00:00Z");

    /** A log of {@code length} first publications of records 10, 11, …, each sealing a small document. */
    private static List<LogEntry> log(int length) {
        List<LogEntry> entries = new ArrayList<>();
        String previous = LogEntry.GENESIS;
        for (int i = 0; i < length; i++) {
            LogEntry e = sealedEntry(i + 1, previous, 10 + i, 1, "PUBLISHED", document(10 + i, 1));
            entries.add(e);
            previous = e.hash();
        }
        return entries;
    }

    private static String document(long recordId, int version) {
        return "{\"id\":" + recordId + ",\"version\":" + version + "}";
    }

    private static LogEntry sealedEntry(
            long seq, String previous, long recordId, int version, String kind, String document) {
        LogEntry unsealed = new LogEntry(
                seq,
                recordId,
                version,
                kind,
                "Record " + recordId,
                null,
                AT.plusSeconds(seq),
                "editor",
                "reviewer",
                previous,
                "title\tRecord " + recordId + "\n",
                document,
                LogEntry.CANONICAL_FORMAT,
                null);
        return withHash(unsealed, unsealed.expectedHash());
    }

    private static LogEntry withHash(LogEntry e, String hash) {
        return new LogEntry(
                e.seq(),
                e.recordId(),
                e.version(),
                e.kind(),
                e.title(),
                e.note(),
                e.at(),
                e.by(),
                e.approvedBy(),
                e.previousHash(),
                e.snapshot(),
                e.document(),
                e.format(),
                hash);
    }

    private static LogEntry withTitle(LogEntry e, String title) {
        return new LogEntry(
                e.seq(),
                e.recordId(),
                e.version(),
                e.kind(),
                title,
                e.note(),
                e.at(),
                e.by(),
                e.approvedBy(),
                e.previousHash(),
                e.snapshot(),
                e.document(),
                e.format(),
                e.hash());
    }

    /** Audits a log as the desk would hold it: head at its end, a public copy and a published record per entry. */
    private static PublicationAudit.Report audit(
            List<LogEntry> entries, PublicationAudit.Head head, List<LogEntry> copiesFrom) {
        PublicationAudit audit = new PublicationAudit();
        entries.forEach(audit::entry);
        audit.head(head);
        for (LogEntry e : copiesFrom) {
            audit.copy(new PublicationAudit.CopyState(
                    e.recordId(), e.version(), PublicRecord.Status.PUBLISHED, e.seq(), e.hash(), e.document()));
            audit.record(new PublicationAudit.RecordState(e.recordId(), e.version(), false));
        }
        return audit.report();
    }

    private static PublicationAudit.Head headOf(List<LogEntry> entries) {
        return new PublicationAudit.Head(entries.get(entries.size() - 1).hash(), entries.size());
    }

    @Test
    void anUntouchedLogWithItsCopiesVerifies() {
        List<LogEntry> entries = log(5);

        PublicationAudit.Report report = audit(entries, headOf(entries), entries);

        assertTrue(report.valid(), report.problems().toString());
        assertEquals(5, report.entries());
        assertEquals(entries.get(4).hash(), report.head());
        assertNull(report.firstBadEntry());
    }

    @Test
    void theHashCoversTheCanonicalJsonOfEveryField() {
        LogEntry e = log(1).get(0);

        assertEquals(Hashing.sha256Hex(e.canonicalJson()), e.hash());
        assertTrue(
                e.canonicalJson().startsWith("{\"approvedBy\":\"reviewer\",\"at\":\"2025-12-27T12:00:01Z\""),
                e.canonicalJson());
        // null and the text "null" are different values, so they hash differently
        LogEntry nullNote = e;
        LogEntry textNull = new LogEntry(
                e.seq(),
                e.recordId(),
                e.version(),
                e.kind(),
                e.title(),
                "null",
                e.at(),
                e.by(),
                e.approvedBy(),
                e.previousHash(),
                e.snapshot(),
                e.document(),
                e.format(),
                null);
        assertFalse(nullNote.expectedHash().equals(textNull.expectedHash()));
    }

    @Test
    void anEditedEntryIsFoundAtThatEntry() {
        List<LogEntry> entries = log(5);
        entries.set(2, withTitle(entries.get(2), "A quietly edited title"));

        PublicationAudit.Report report = audit(entries, headOf(entries), entries);

        assertFalse(report.valid());
        assertEquals(3L, report.firstBadEntry());
        assertTrue(
                report.problems().get(0).what().contains("changed after it was sealed"),
                report.problems().toString());
    }

    @Test
    void anEditedEntryResealedBreaksTheLinkToTheNextOne() {
        List<LogEntry> entries = log(5);
        LogEntry edited = withTitle(entries.get(2), "Edited");
        entries.set(2, withHash(edited, edited.expectedHash()));

        PublicationAudit.Report report = audit(entries, headOf(entries), entries);

        assertEquals(4L, report.firstBadEntry());
        assertTrue(
                report.problems().get(0).what().contains("does not follow"),
                report.problems().toString());
    }

    @Test
    void aRemovedEntryIsFound() {
        List<LogEntry> entries = log(5);
        entries.remove(1);

        PublicationAudit.Report report = audit(entries, headOf(entries), entries);

        assertEquals(3L, report.firstBadEntry());
        assertTrue(
                report.problems().get(0).what().contains("missing or out of place"),
                report.problems().toString());
    }

    @Test
    void twoSwappedEntriesAreFound() {
        List<LogEntry> entries = log(5);
        LogEntry second = entries.get(1);
        entries.set(1, entries.get(2));
        entries.set(2, second);

        PublicationAudit.Report report = audit(entries, headOf(entries), entries);

        assertEquals(3L, report.firstBadEntry(), "the second place holds entry 3");
    }

    @Test
    void theLastEntryRemovedWithTheHeadWoundBackIsFoundThroughTheRecordAndItsCopy() {
        List<LogEntry> entries = log(5);
        List<LogEntry> copies = List.copyOf(entries);
        List<LogEntry> shortened = new ArrayList<>(entries.subList(0, 4));

        PublicationAudit.Report report = audit(shortened, headOf(shortened), copies);

        assertFalse(report.valid());
        assertNull(report.firstBadEntry(), "the chain itself is intact");
        assertTrue(
                report.problems().stream()
                        .anyMatch(p -> p.recordId() == 14L && p.what().contains("does not hold")),
                report.problems().toString());
    }

    @Test
    void aHeadThatDoesNotNameTheLastEntryIsFound() {
        List<LogEntry> entries = log(5);

        PublicationAudit.Report report =
                audit(entries, new PublicationAudit.Head(entries.get(3).hash(), 4), entries);

        assertFalse(report.valid());
        assertTrue(
                report.problems().get(0).what().contains("the head names 4 entries"),
                report.problems().toString());
    }

    @Test
    void aPublicCopyThatDiffersFromItsSealedDocumentIsFound() {
        List<LogEntry> entries = log(3);
        PublicationAudit audit = new PublicationAudit();
        entries.forEach(audit::entry);
        audit.head(headOf(entries));
        LogEntry e = entries.get(1);
        audit.copy(new PublicationAudit.CopyState(
                e.recordId(),
                1,
                PublicRecord.Status.PUBLISHED,
                e.seq(),
                e.hash(),
                "{\"id\":11,\"version\":1,\"title\":\"edited behind the desk's back\"}"));

        PublicationAudit.Report report = audit.report();

        assertFalse(report.valid());
        assertTrue(
                report.problems().stream().anyMatch(p -> p.what().contains("is not the version sealed in entry 2")),
                report.problems().toString());
        assertTrue(
                report.problems().stream().anyMatch(p -> p.what().contains("readers are not served it")),
                "records 10 and 12 have no copy: " + report.problems());
    }

    @Test
    void legacyEntriesAreCheckedTheWayTheyWereSealed() {
        LogEntry legacy = new LogEntry(
                1,
                10,
                1,
                "PUBLISHED",
                "Old",
                null,
                AT,
                "editor",
                "reviewer",
                LogEntry.GENESIS,
                "title\tOld\n",
                null,
                LogEntry.LEGACY_FORMAT,
                null);
        String legacyHash = Hashing.sha256Hex(String.join(
                "\n",
                LogEntry.GENESIS,
                "10",
                "1",
                "PUBLISHED",
                "Old",
                "null",
                AT.toString(),
                "editor",
                "reviewer",
                "title\tOld\n"));
        LogEntry next = sealedEntry(2, legacyHash, 11, 1, "PUBLISHED", document(11, 1));
        PublicationAudit audit = new PublicationAudit();
        audit.entry(withHash(legacy, legacyHash));
        audit.entry(next);
        audit.head(new PublicationAudit.Head(next.hash(), 2));
        audit.copy(
                new PublicationAudit.CopyState(11, 1, PublicRecord.Status.PUBLISHED, 2, next.hash(), next.document()));

        assertTrue(audit.report().valid(), audit.report().problems().toString());
    }
}
