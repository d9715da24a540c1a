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

    private final PasswordHasher hasher = new PasswordHasher();

    public LoginResult logIn(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        String typed = username == null ? null : username.strip().toLowerCase();
        AddressLockout lockout = new AddressLockout(securityLog);
        Optional<Instant> addressLocked = lockout.lockedUntil(clientAddress, now);
        if (addressLocked.isPresent()) {
            LOG.info(() -> "Login refused for '" + typed + "': address " + clientAddress + " is locked");
            failed(lockout, typed, clientAddress, now, "address locked until " + addressLocked.get());
            return new LoginResult(LoginOutcome.LOCKED, Optional.empty(), addressLocked.get());
        }
        Optional<DeskUser> found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            LOG.info(() -> "Login failed for unknown user '" + username + "' from " + clientAddress);
            failed(lockout, typed, clientAddress, now, "unknown user");
            return new LoginResult(LoginOutcome.BAD_CREDENTIALS, Optional.empty(), null);
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
                        user.hasPassword() ? "wrong password" : "the account has no password (a partner system)");
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
        return new LoginResult(
                outcome,
                outcome == LoginOutcome.SUCCESS ? Optional.of(CallerIdentity.of(user)) : Optional.empty(),
                user.getLockedUntil());
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

    /** The user a session belongs to, if the account may still be used. */
    public Optional<CallerIdentity> sessionIdentity(long userId) {
        return users.find(userId).filter(DeskUser::canLogIn).map(CallerIdentity::of);
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
        Optional<ApiToken> token =
                users.findTokenByHash(ApiToken.hashOf(secret.strip())).filter(ApiToken::isUsable);
        token.ifPresent(t -> {
            Instant now = clock.instant();
            if (t.markUsed(now)) {
                securityLog.append(SecurityEvent.of(SecurityEventKind.TOKEN_USED, now)
                        .actor(t.getOwner().getUsername())
                        .subjectUser(t.getOwner().getUsername())
                        .subject(t.describe())
                        .clientAddress(clientAddress)
                        .build());
            }
        });
        return token.map(t -> CallerIdentity.of(t.getOwner()));
    }

    /** The caller of the current request, if logged in. */
    public Optional<CallerIdentity> currentCaller() {
        String name = context.getCallerPrincipal().getName();
        return users.findByUsername(name).filter(DeskUser::isEnabled).map(CallerIdentity::of);
    }
}
