package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that says where the publication log ends. Publishers lock it before appending, which puts all
 * publications (from any number of servers sharing the database) in one order.
 */
@Entity
@Table(name = "publication_head")
public class PublicationHead {
    public static final long ID = 1;

    @Id
    private long id;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(nullable = false)
    private long entries;

    /** When the last entry was sealed: when anything readers can see last changed. */
    @Column(name = "last_at")
    private java.time.Instant lastAt;

    protected PublicationHead() {}

    public String lastHash() {
        return lastHash;
    }

    public void advance(Publication appended) {
        if (!appended.previousHash().equals(lastHash)) {
            throw new IllegalStateException("publication does not follow the head of the log");
        }
        if (appended.seq() != entries + 1) {
            throw new IllegalStateException("publication " + appended.seq() + " is not entry " + (entries + 1));
        }
        lastHash = appended.hash();
        entries++;
        lastAt = appended.at();
    }

    /** The number the next entry gets. */
    public long nextSeq() {
        return entries + 1;
    }

    public java.util.Optional<java.time.Instant> lastAt() {
        return java.util.Optional.ofNullable(lastAt);
    }

    public long entries() {
        return entries;
    }
}
