package org.eventdesk.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Duration;
import java.time.Instant;

/**
 * Someone has a record open in the editor. The editor sends a heartbeat while it is open; a presence whose
 * heartbeat is older than {@link #STALE_AFTER} no longer counts (the browser was closed or lost). Presence is
 * advice to others ("being edited by X since T"), not a lock: the version check is what prevents lost updates.
 */
@Entity
@Table(name = "record_presence", uniqueConstraints = @UniqueConstraint(columnNames = {"record_id", "username"}))
public class RecordPresence {
    public static final Duration STALE_AFTER = Duration.ofSeconds(150);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "presence_seq")
    @SequenceGenerator(name = "presence_seq", sequenceName = "presence_seq", allocationSize = 1)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected RecordPresence() {}

    public RecordPresence(long recordId, String username, Instant now) {
        this.recordId = recordId;
        this.username = username;
        this.since = now;
        this.seenAt = now;
    }

    public void heartbeat(Instant now) {
        if (isStaleAt(now)) {
            since = now;
        }
        seenAt = now;
    }

    public boolean isStaleAt(Instant now) {
        return seenAt.plus(STALE_AFTER).isBefore(now);
    }

    public long recordId() {
        return recordId;
    }

    public String username() {
        return username;
    }

    public Instant since() {
        return since;
    }

    public Instant seenAt() {
        return seenAt;
    }
}
