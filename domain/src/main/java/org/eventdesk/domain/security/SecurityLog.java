package org.eventdesk.domain.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where security events are kept. Append and read: there is deliberately no way to change or remove an entry.
 */
public interface SecurityLog {
    void append(SecurityEvent event);

    /** Newest first. */
    List<SecurityEvent> list(SecurityLogQuery query, int offset, int limit);

    /** How many events of a kind came from a client address strictly after a time. */
    long countFrom(String clientAddress, SecurityEventKind kind, Instant after);

    /** When the latest event of a kind from a client address happened. */
    Optional<Instant> latestFrom(String clientAddress, SecurityEventKind kind);
}
