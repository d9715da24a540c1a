package org.eventdesk.domain.publishing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the public copies are kept and read. The model names what it needs; the EJB module implements it. */
public interface PublicCopies {
    Optional<PublicCopy> find(long recordId);

    void store(PublicCopy copy);

    /** The titles of those of the records that readers see (published, not retracted). */
    Map<Long, String> publishedTitles(Collection<Long> recordIds);

    /**
     * A page of the list, sorted by the query's order then by record id, newest first. With a cursor: the records
     * strictly after it, or for a backwards cursor the {@code limit} records strictly before it (still newest
     * first).
     */
    List<Listed> list(PublicQuery query, Optional<PublicQuery.Cursor> cursor, int limit);

    /**
     * The log's entries about records in the list, newest first, before the given entry number when there is one.
     */
    List<FeedEntry> feed(PublicQuery query, Optional<Long> beforeSeq, int limit);

    /** Every copy, for the audit, in record order. */
    void forEach(Consumer<PublicationAudit.CopyState> copy);

    /** A copy in a list: what is served, and where it sorts. */
    record Listed(long recordId, java.time.Instant sortTime, String document) {
        public PublicQuery.Cursor after() {
            return PublicQuery.Cursor.after(sortTime, recordId);
        }

        public PublicQuery.Cursor before() {
            return PublicQuery.Cursor.before(sortTime, recordId);
        }
    }

    /** An entry of the log as the feed announces it. */
    record FeedEntry(
            long seq,
            long recordId,
            int version,
            String kind,
            String title,
            String note,
            java.time.Instant at,
            String hash,
            String document) {}
}
