package org.eventdesk.application.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.LoginOutcome;
import org.eventdesk.domain.user.PasswordHasher;
import org.eventdesk.domain.user.UserRepository;

/**
 * Checks credentials for the HTTP authentication mechanism: passwords at login, the user behind a session
 * on every later request (so a disabled account or a changed role takes effect at once), and API tokens.
 * Open to everyone by nature: it is what turns an anonymous caller into a known one.
 */
@Stateless
@PermitAll
public class Authenticator {
    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    @Inject
    private UserRepository users;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    private final PasswordHasher hasher = new PasswordHasher();

    public LoginResult logIn(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        Optional<DeskUser> found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            LOG.info(() -> "Login failed for unknown user '" + username + "' from " + clientAddress);
            return new LoginResult(LoginOutcome.BAD_CREDENTIALS, Optional.empty(), null);
        }
        DeskUser user = found.get();
        LoginOutcome outcome = user.attemptLogin(password, hasher, now);
        LOG.info(() -> "Login " + outcome + " for '" + user.getUsername() + "' from " + clientAddress);
        return new LoginResult(
                outcome,
                outcome == LoginOutcome.SUCCESS ? Optional.of(CallerIdentity.of(user)) : Optional.empty(),
                user.getLockedUntil());
    }

    /** The user a session belongs to, if the account may still be used. */
    public Optional<CallerIdentity> sessionIdentity(long userId) {
        return users.find(userId).filter(DeskUser::canLogIn).map(CallerIdentity::of);
    }

    /** The owner of a live token. Records the use (at most once a minute, to keep requests read-only). */
    public Optional<CallerIdentity> tokenIdentity(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<ApiToken> token =
                users.findTokenByHash(ApiToken.hashOf(secret.strip())).filter(ApiToken::isUsable);
        token.ifPresent(t -> t.markUsed(clock.instant()));
        return token.map(t -> CallerIdentity.of(t.getOwner()));
    }

    /** The caller of the current request, if logged in. */
    public Optional<CallerIdentity> currentCaller() {
        String name = context.getCallerPrincipal().getName();
        return users.findByUsername(name).filter(DeskUser::isEnabled).map(CallerIdentity::of);
    }
}
