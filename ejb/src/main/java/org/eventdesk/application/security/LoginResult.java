package org.eventdesk.application.security;

import java.time.Instant;
import java.util.Optional;
import org.eventdesk.domain.user.LoginOutcome;

/** The end of a login attempt: who logged in, or why not (and until when, for a lock). */
public record LoginResult(LoginOutcome outcome, Optional<CallerIdentity> caller, Instant lockedUntil) {
    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }
}
