package org.eventdesk.domain.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eventdesk.domain.shared.Validation;

/**
 * A filter on the security log; every part is optional.
 *
 * @param kinds only these kinds (empty: all)
 * @param user entries whose actor or subject is this user name (exact, case-insensitive)
 * @param from entries at or after this time
 * @param to entries before this time
 * @param clientAddress entries from this client address (exact)
 */
public record SecurityLogQuery(
        Set<SecurityEventKind> kinds, String user, Instant from, Instant to, String clientAddress) {
    public SecurityLogQuery {
        // Refused here, not by the database: PostgreSQL refuses a NUL in a query parameter outright (a 500 otherwise),
        // and a name or address longer than the log's columns can match nothing.
        new Validation()
                .optionalText(user, "user", SecurityEvent.NAME_LENGTH)
                .optionalText(clientAddress, "address", SecurityEvent.ADDRESS_LENGTH)
                .throwIfAny();
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        user = user == null || user.isBlank() ? null : user.strip().toLowerCase();
        clientAddress = clientAddress == null || clientAddress.isBlank() ? null : clientAddress.strip();
    }

    /** Entries from any address. */
    public SecurityLogQuery(Set<SecurityEventKind> kinds, String user, Instant from, Instant to) {
        this(kinds, user, from, to, null);
    }

    public static SecurityLogQuery all() {
        return new SecurityLogQuery(Set.of(), null, null, null, null);
    }
}
