package org.eventdesk.application.admin;

import java.time.Instant;
import org.eventdesk.domain.user.ApiToken;

/** An API token as the admin's desk and its owner's own page list it: never its secret, which is not stored anywhere. */
public record TokenRow(
        long id,
        String label,
        String ownerUsername,
        String ownerDisplayName,
        boolean ownerEnabled,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public static TokenRow of(ApiToken token) {
        return new TokenRow(
                token.getId(),
                token.getLabel(),
                token.getOwner().getUsername(),
                token.getOwner().getDisplayName(),
                token.getOwner().isEnabled(),
                token.getCreatedAt(),
                token.getLastUsedAt(),
                token.getRevokedAt());
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Whether a request with it would be let in now. */
    public boolean usable() {
        return revokedAt == null && ownerEnabled;
    }
}
