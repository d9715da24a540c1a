package org.eventdesk.domain.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A filter on the security log; every part is optional.
 *
 * @param kinds only these kinds (empty: all)
 * @param user entries whose actor or subject is this user name (exact, case-insensitive)
 * @param from entries at or after this time
 * @param to entries before this time
 */
public record SecurityLogQuery(Set<SecurityEventKind> kinds, String user, Instant from, Instant to) {
    public SecurityLogQuery {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        user = user == null || user.isBlank() ? null : user.strip().toLowerCase();
    }

    public static SecurityLogQuery all() {
        return new SecurityLogQuery(Set.of(), null, null, null);
    }
}
