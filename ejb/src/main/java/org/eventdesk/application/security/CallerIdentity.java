package org.eventdesk.application.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.Role;

/** Who is calling, as the authentication mechanism hands it to the container and the UI shows it. */
public record CallerIdentity(long userId, String username, String displayName, Set<Role> roles) {
    public static CallerIdentity of(DeskUser user) {
        return new CallerIdentity(user.getId(), user.getUsername(), user.getDisplayName(), Set.copyOf(user.getRoles()));
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
