package org.eventdesk.application.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eventdesk.domain.security.AddressLockout;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.LoginOutcome;
import org.eventdesk.domain.user.PasswordHasher;
import org.eventdesk.domain.user.UserRepository;

/**
 * Checks credentials for the HTTP authentication mechanism: passwords at login, the user behind a session
 * on every later request (so a disabled account or a changed role takes effect at once), and API tokens.
 * Open to everyone by nature: it is what turns an anonymous caller into a known one.
 *
 * <p>Every login attempt and the first use of a token in each minute go into the security log, in the same
 * transaction as the account's own lockout state. A client address that fails too often is locked before any
 * password is checked ({@link AddressLockout}); the attempts it makes meanwhile are logged and do not touch the
 * accounts they name.
 */
@Stateless
@PermitAll
public class Authenticator {
    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    @Inject
    private UserRepository users;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** A client sending a bad token usually sends it on every request; one log entry a minute tells the story. */
    private static final Duration TOKEN_REFUSAL_QUIET = Duration.ofMinutes(1);

    private final PasswordHasher hasher = new PasswordHasher();

    public LoginResult logIn(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        String typed = username == null ? null : username.strip().toLowerCase();
        AddressLockout lockout = new AddressLockout(securityLog);
        Optional<Instant> addressLocked = lockout.lockedUntil(clientAddress, now);
        if (addressLocked.isPresent()) {
            LOG.info(() -> "Login refused for '" + typed + "': address " + clientAddress + " is locked");
            failed(lockout, typed, clientAddress, now, "address locked until " + addressLocked.get());
            return LoginResult.refused(LoginOutcome.LOCKED, addressLocked.get());
        }
        Optional<DeskUser> found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            LOG.info(() -> "Login failed for unknown user '" + username + "' from " + clientAddress);
            failed(lockout, typed, clientAddress, now, "unknown user");
            return LoginResult.refused(LoginOutcome.BAD_CREDENTIALS, null);
        }
        DeskUser user = found.get();
        boolean wasLocked = user.isLockedAt(now);
        LoginOutcome outcome = user.attemptLogin(password, hasher, now);
        LOG.info(() -> "Login " + outcome + " for '" + user.getUsername() + "' from " + clientAddress);
        switch (outcome) {
            case SUCCESS ->
                securityLog.append(SecurityEvent.of(SecurityEventKind.LOGIN_SUCCEEDED, now)
                        .actor(user.getUsername())
                        .subjectUser(user.getUsername())
                        .clientAddress(clientAddress)
                        .build());
            case BAD_CREDENTIALS ->
                failed(
                        lockout,
                        user.getUsername(),
                        clientAddress,
                        now,
                        !user.hasPassword()
                                ? "the account has no password (a partner system)"
                                : user.isEnabled() ? "wrong password" : "wrong password for a disabled account");
            case DISABLED -> failed(lockout, user.getUsername(), clientAddress, now, "account disabled");
            case LOCKED -> {
                if (wasLocked) {
                    failed(
                            lockout,
                            user.getUsername(),
                            clientAddress,
                            now,
                            "account locked until " + user.getLockedUntil());
                } else {
                    failed(lockout, user.getUsername(), clientAddress, now, "wrong password");
                    securityLog.append(SecurityEvent.of(SecurityEventKind.ACCOUNT_LOCKED, now)
                            .actor(user.getUsername())
                            .subjectUser(user.getUsername())
                            .clientAddress(clientAddress)
                            .detail("after " + DeskUser.MAX_FAILED_LOGINS + " failed logins in a row; until "
                                    + user.getLockedUntil())
                            .build());
                }
            }
        }
        if (outcome != LoginOutcome.SUCCESS) {
            return LoginResult.refused(outcome, user.getLockedUntil());
        }
        return new LoginResult(
                outcome,
                Optional.of(CallerIdentity.of(user)),
                Optional.of(new SessionTicket(user.getId(), user.getPasswordGeneration())),
                null);
    }

    /** Logs a refused login, and the address's lock if this failure starts one. */
    private void failed(AddressLockout lockout, String username, String clientAddress, Instant now, String why) {
        securityLog.append(SecurityEvent.of(SecurityEventKind.LOGIN_FAILED, now)
                .actor(username)
                .subjectUser(username)
                .clientAddress(clientAddress)
                .detail(why)
                .build());
        if (lockout.failureLocks(clientAddress, now)) {
            LOG.warning(() -> "Address " + clientAddress + " locked after repeated failed logins");
            securityLog.append(SecurityEvent.of(SecurityEventKind.ADDRESS_LOCKED, now)
                    .actor(username)
                    .clientAddress(clientAddress)
                    .detail("after " + AddressLockout.MAX_FAILURES + " failed logins within "
                            + AddressLockout.WINDOW.toMinutes() + " minutes; until "
                            + now.plus(AddressLockout.LOCK_DURATION))
                    .build());
        }
    }

    /**
     * The user a session belongs to, read afresh on every request: none once the account is disabled or its
     * password has changed since the session was opened.
     */
    public Optional<CallerIdentity> sessionIdentity(SessionTicket ticket) {
        return users.find(ticket.userId())
                .filter(DeskUser::canLogIn)
                .filter(user -> user.getPasswordGeneration() == ticket.passwordGeneration())
                .map(CallerIdentity::of);
    }

    /** The owner of a live token. Records the use (at most once a minute, to keep requests read-only). */
    public Optional<CallerIdentity> tokenIdentity(String secret) {
        return tokenIdentity(secret, null);
    }

    /**
     * The owner of a live token, for a request from a client address. The first use in a minute is remembered on
     * the token and written to the security log; later ones in that minute write nothing.
     */
    public Optional<CallerIdentity> tokenIdentity(String secret, String clientAddress) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<ApiToken> known = users.findTokenByHash(ApiToken.hashOf(secret.strip()));
        Optional<ApiToken> usable = known.filter(ApiToken::isUsable);
        if (usable.isEmpty()) {
            refused(known, clientAddress);
            return Optional.empty();
        }
        ApiToken token = usable.get();
        Instant now = clock.instant();
        if (token.markUsed(now)) {
            securityLog.append(SecurityEvent.of(SecurityEventKind.TOKEN_USED, now)
                    .actor(token.getOwner().getUsername())
                    .subjectUser(token.getOwner().getUsername())
                    .subject(token.describe())
                    .clientAddress(clientAddress)
                    .build());
        }
        return Optional.of(CallerIdentity.of(token.getOwner()));
    }

    /** Logs a refused token, unless the same address had one refused in the last minute. */
    private void refused(Optional<ApiToken> known, String clientAddress) {
        Instant now = clock.instant();
        if (clientAddress != null
                && securityLog
                        .latestFrom(clientAddress, SecurityEventKind.TOKEN_REFUSED)
                        .filter(last -> last.isAfter(now.minus(TOKEN_REFUSAL_QUIET)))
                        .isPresent()) {
            return;
        }
        String owner = known.map(t -> t.getOwner().getUsername()).orElse(null);
        LOG.info(() -> "API token refused from " + clientAddress + (owner == null ? "" : " (owner " + owner + ")"));
        securityLog.append(SecurityEvent.of(SecurityEventKind.TOKEN_REFUSED, now)
                .subjectUser(owner)
                .subject(known.map(ApiToken::describe).orElse(null))
                .clientAddress(clientAddress)
                .detail(known.map(t -> t.isRevoked() ? "revoked token" : "the owner's account is disabled")
                        .orElse("unknown token"))
                .build());
    }

    /** The caller of the current request, if logged in. */
    public Optional<CallerIdentity> currentCaller() {
        String name = context.getCallerPrincipal().getName();
        return users.findByUsername(name).filter(DeskUser::isEnabled).map(CallerIdentity::of);
    }
}
