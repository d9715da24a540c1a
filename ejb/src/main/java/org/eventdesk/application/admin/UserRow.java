package org.eventdesk.application.admin;

import java.time.Instant;
import java.util.Set;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.Role;

/**
 * An account as the admin's desk shows it.
 *
 * @param lockedUntil when its lock after failed logins ends, if it is locked now
 * @param systemAccount a partner system: no password, tokens only
 */
public record UserRow(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        boolean systemAccount,
        boolean hasPassword,
        Instant lockedUntil,
        Instant createdAt) {

    static UserRow of(DeskUser user, Instant now) {
        return new UserRow(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                Set.copyOf(user.getRoles()),
                user.isEnabled(),
                user.isSystemAccount(),
                user.hasPassword(),
                user.isLockedAt(now) ? user.getLockedUntil() : null,
                user.getCreatedAt());
    }

    public boolean locked() {
        return lockedUntil != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
