package org.eventdesk.application.admin;

import java.util.Set;
import org.eventdesk.domain.user.Role;

/**
 * An account to create, as the admin typed it.
 *
 * @param password the first password; required for people, absent for a partner system (tokens only)
 */
public record NewUser(String username, String displayName, Set<Role> roles, String password) {
    /** The password is not part of how the account prints. */
    @Override
    public String toString() {
        return "NewUser[" + username + ", " + displayName + ", " + roles + "]";
    }
}
