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

    protected PublicationHead() {}

    public String lastHash() {
        return lastHash;
    }

    public void advance(Publication appended) {
        if (!appended.previousHash().equals(lastHash)) {
            throw new IllegalStateException("publication does not follow the head of the log");
        }
        lastHash = appended.hash();
        entries++;
    }

    public long entries() {
        return entries;
    }
}
