package org.eventdesk.domain.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a record's history, discussion and publications are written. Append-only by design: there is no
 * method that changes or removes an entry.
 */
public interface RecordJournal {
    void append(RecordChange change);

    List<RecordChange> history(long recordId);

    void append(RecordComment comment);

    List<RecordComment> comments(long recordId);

    /** The fact's tick on a record, whether it still holds or not. */
    Optional<FactCheck> factCheck(long recordId, String factRef);

    List<FactCheck> factChecks(long recordId);

    /** Stores a new tick (a renewed one is stored by the transaction it was renewed in). */
    void store(FactCheck check);

    void remove(FactCheck check);

    void append(FactComment comment);

    /** The comments on a record's facts, oldest first. */
    List<FactComment> factComments(long recordId);

    /**
     * Appends a publication after the current end of the log. Callers are serialised on the log's head, so the
     * chain stays linear however many publish at once.
     */
    Publication publish(PublicationDraft draft);

    /**
     * Takes the log's lock for the rest of the transaction. A publisher that takes it before reading the record
     * sees the record as the previous publisher left it, so a scheduled record is never published twice.
     */
    void lockLog();

    /** The newest publication of a record, if it ever went public. */
    Optional<Publication> latestPublication(long recordId);

    List<Publication> publications(long recordId);

    /** The whole log in the order it was written, for verification. */
    List<Publication> publicationLog();

    /** Entries after the given number (0 for the first), in order; for the public log and the audit. */
    List<Publication> entriesAfter(long seq, int limit);

    /** Every entry in order, as stored, without keeping them: the audit reads logs of any length with it. */
    void forEachEntry(java.util.function.Consumer<org.eventdesk.domain.publishing.LogEntry> entry);

    /** The head row, read under a shared lock: publishers wait until the caller's transaction ends. */
    PublicationHead headForAudit();

    /** The head row as it is now (not locked). */
    PublicationHead head();

    /** A version's entry of a record: the one that published or corrected it as that version. */
    Optional<Publication> publishedVersion(long recordId, int version);

    /** What the desk says of every record that went public, for the audit. */
    void forEachPublishedRecord(
            java.util.function.Consumer<org.eventdesk.domain.publishing.PublicationAudit.RecordState> record);

    /** Records whose scheduled time has come. */
    List<Long> dueForPublication(Instant now);

    /**
     * A publication before it is sealed: {@link #publish} adds its number and the previous hash and seals it.
     *
     * @param document the public document of the version, canonical JSON
     */
    record PublicationDraft(
            long recordId,
            int version,
            PublicationKind kind,
            String title,
            String note,
            RecordSnapshot snapshot,
            Instant at,
            String by,
            String approvedBy,
            String document) {}
}
