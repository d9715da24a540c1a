package org.eventdesk.domain.user;

/**
 * A filter on the users list; every part is optional.
 *
 * @param text part of the user name or display name (case-insensitive)
 * @param role only users with this role
 * @param enabled only enabled (true) or disabled (false) users
 */
public record UserQuery(String text, Role role, Boolean enabled) {
    public UserQuery {
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase();
    }

    public static UserQuery all() {
        return new UserQuery(null, null, null);
    }
}
