package org.eventdesk.application.security;

import java.time.Instant;
import java.util.Optional;
import org.eventdesk.domain.user.LoginOutcome;

/**
 * The end of a login attempt: who logged in and the ticket their session keeps, or why not (and until when, for a
 * lock).
 */
public record LoginResult(
        LoginOutcome outcome, Optional<CallerIdentity> caller, Optional<SessionTicket> ticket, Instant lockedUntil) {
    static LoginResult refused(LoginOutcome outcome, Instant lockedUntil) {
        return new LoginResult(outcome, Optional.empty(), Optional.empty(), lockedUntil);
    }

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }
}
