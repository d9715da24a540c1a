package org.eventdesk.domain.publishing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eventdesk.domain.shared.Hashing;

/**
 * Checks the publication log the way an outside auditor would, from what is stored and nothing else:
 *
 * <ol>
 *   <li>every entry's hash, recomputed from its fields ({@link LogEntry#expectedHash()});
 *   <li>the chain: entry n names entry n−1's hash, and the entries are numbered 1, 2, 3, … without gaps;
 *   <li>the head: the row publishers lock names the last entry and the number of entries;
 *   <li>the public copies: what readers are served of each record is exactly the document its latest entry
 *       last;
 *   <li>the records: each one the desk counts as published has that many versions in the log.
 * </ol>
 *
 * The last two catch what the chain alone cannot: the newest entry removed and the head wound back to the one
 * before leave a perfect chain, but the record and its public copy still point at the missing entry.
 *
 * <p>Feed it in that order (entries by number, then the head, the copies and the records); it keeps a few bytes per
 * record, not the entries, so a log of millions can be checked in one pass.
 */
public final class PublicationAudit {
    /** At most this many problems are listed; the count goes on. */
    public static final int MAX_LISTED = 100;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<Long, Latest> latest = new HashMap<>();
    private final Set<Long> copied = new HashSet<>();
    private String expectedPrevious = LogEntry.GENESIS;
    private long entries;
    private long problemCount;
    private Long firstBadEntry;

    /** Where the log claims to end. */
    public record Head(String lastHash, long entries) {}

    /** A record's public copy as stored. */
    public record CopyState(
            long recordId, int version, PublicRecord.Status status, long entrySeq, String entryHash, String document) {}

    /** What the desk itself says about a record that went public. */
    public record RecordState(long recordId, int publishedVersion, boolean retracted) {}

    /**
     * @param seq the entry at fault, if an entry is
     * @param recordId the record concerned, if one is
     */
    public record Problem(Long seq, Long recordId, String what) {}

    /**
     * @param firstBadEntry the first entry whose hash or place in the chain is wrong
     * @param problemCount every problem found; {@code problems} lists the first {@value #MAX_LISTED}
     */
    public record Report(
            boolean valid, long entries, String head, Long firstBadEntry, long problemCount, List<Problem> problems) {}

    private record Latest(long seq, String hash, int version, String kind, int format, String documentHash) {}

    public void entry(LogEntry e) {
        entries++;
        if (e.seq() != entries) {
            chainBreak(
                    e,
                    "is numbered " + e.seq() + " but is entry " + entries
                            + " of the log: an entry is missing or out of place");
        }
        if (!e.previousHash().equals(expectedPrevious)) {
            chainBreak(
                    e,
                    "does not follow the entry before it (it names " + e.previousHash()
                            + " as its predecessor, the log has " + expectedPrevious + ")");
        }
        if (!e.isIntact()) {
            chainBreak(e, "no longer matches its hash: it was changed after it was sealed");
        }
        expectedPrevious = e.hash();
        latest.put(
                e.recordId(),
                new Latest(
                        e.seq(),
                        e.hash(),
                        e.version(),
                        e.kind(),
                        e.format(),
                        e.document() == null ? null : Hashing.sha256Hex(e.document())));
    }

    public void head(Head head) {
        if (!head.lastHash().equals(expectedPrevious) || head.entries() != entries) {
            problem(
                    null,
                    null,
                    "the head names " + head.entries() + " entries ending in " + head.lastHash()
                            + ", but the log holds " + entries + " ending in " + expectedPrevious);
        }
    }

    public void copy(CopyState copy) {
        copied.add(copy.recordId());
        Latest last = latest.get(copy.recordId());
        if (last == null) {
            problem(
                    copy.entrySeq(),
                    copy.recordId(),
                    "readers are served a version of record " + copy.recordId() + " (from entry " + copy.entrySeq()
                            + ") that the log does not hold");
            return;
        }
        if (last.seq() != copy.entrySeq() || !last.hash().equals(copy.entryHash())) {
            problem(
                    copy.entrySeq(),
                    copy.recordId(),
                    "readers are served record " + copy.recordId() + " from entry " + copy.entrySeq()
                            + ", but its latest entry is " + last.seq());
        } else if (last.format() == LogEntry.LEGACY_FORMAT) {
            problem(
                    last.seq(),
                    copy.recordId(),
                    "readers are served record " + copy.recordId() + " from an entry that sealed no public document");
        } else if (!Objects.equals(last.documentHash(), Hashing.sha256Hex(copy.document()))
                || last.version() != copy.version()
                || retracted(last) != (copy.status() == PublicRecord.Status.RETRACTED)) {
            problem(
                    copy.entrySeq(),
                    copy.recordId(),
                    "what readers are served of record " + copy.recordId() + " is not the version sealed in entry "
                            + last.seq());
        }
    }

    public void record(RecordState record) {
        Latest last = latest.get(record.recordId());
        if (last == null) {
            problem(
                    null,
                    record.recordId(),
                    "record " + record.recordId() + " counts " + record.publishedVersion()
                            + " published versions, but the log holds none of them");
        } else if (last.version() != record.publishedVersion()) {
            problem(
                    last.seq(),
                    record.recordId(),
                    "record " + record.recordId() + " counts "
                            + record.publishedVersion() + " published versions, but the log's latest is version "
                            + last.version());
        } else if (retracted(last) != record.retracted()) {
            problem(
                    last.seq(),
                    record.recordId(),
                    "record " + record.recordId() + " is " + (record.retracted() ? "" : "not ")
                            + "retracted, but its latest entry says otherwise");
        }
    }

    public Report report() {
        latest.forEach((recordId, last) -> {
            if (last.format() == LogEntry.CANONICAL_FORMAT && !copied.contains(recordId)) {
                problem(
                        last.seq(),
                        recordId,
                        "record " + recordId + " is in the log (entry " + last.seq()
                                + ") but readers are not served it");
            }
        });
        return new Report(
                problemCount == 0, entries, expectedPrevious, firstBadEntry, problemCount, List.copyOf(problems));
    }

    private static boolean retracted(Latest last) {
        return "RETRACTED".equals(last.kind());
    }

    private void chainBreak(LogEntry e, String what) {
        if (firstBadEntry == null) {
            firstBadEntry = e.seq();
        }
        problem(e.seq(), e.recordId(), "entry " + e.seq() + " " + what);
    }

    private void problem(Long seq, Long recordId, String what) {
        problemCount++;
        if (problems.size() < MAX_LISTED) {
            problems.add(new Problem(seq, recordId, what));
        }
    }
}
