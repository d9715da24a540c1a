package org.eventdesk.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eventdesk.application.security.Authenticator;
import org.eventdesk.application.security.CallerIdentity;
import org.eventdesk.domain.user.Role;

/** Who is looking at the screen, for showing names and hiding what a role cannot use (the server still checks). */
@ApplicationScoped
public class CurrentUser {
    @Inject
    private Authenticator authenticator;

    public Optional<CallerIdentity> get() {
        return authenticator.currentCaller();
    }

    public boolean has(Role role) {
        return get().map(c -> c.has(role)).orElse(false);
    }
}
