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

    /** Records whose scheduled time has come. */
    List<Long> dueForPublication(Instant now);

    /** A publication before it is sealed: {@link #publish} adds the previous hash and seals it. */
    record PublicationDraft(
            long recordId,
            int version,
            PublicationKind kind,
            String title,
            String note,
            RecordSnapshot snapshot,
            Instant at,
            String by,
            String approvedBy) {}
}
