package org.eventdesk.application.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eventdesk.domain.security.AddressLockout;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.shared.LogText;
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
 * <p>A login runs in steps, none of them in one long transaction: the address lockout is read, the password is
 * hashed against the account (the slow part, with nothing locked), then the attempt is counted on the account and
 * logged in one short transaction that holds the account's row ({@link LoginLedger}), and last the address lock is
 * decided on what has committed. So many attempts at once on one account are counted one after the other, every
 * attempt leaves exactly one entry in the security log (a success or a failure), and none ends in an error. A client
 * address that fails too often is locked before any password is checked ({@link AddressLockout}); the attempts it
 * makes meanwhile are logged and do not touch the accounts they name.
 */
@Stateless
@PermitAll
public class Authenticator {
    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    /**
     * How often an attempt is counted again when counting it failed (the account's row held past the database's
     * lock timeout, a connection lost): attempts queue on the row only for the few milliseconds each count takes,
     * so a second try gets through even under a burst.
     */
    private static final int COUNT_ATTEMPTS = 5;

    @Inject
    private UserRepository users;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private LoginLedger ledger;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** A client sending a bad token usually sends it on every request; one log entry a minute tells the story. */
    private static final Duration TOKEN_REFUSAL_QUIET = Duration.ofMinutes(1);

    @Inject
    private PasswordHasher hasher;

    /**
     * Checks a login and logs it. Runs outside any transaction of the caller: its writes are the ledger's short
     * transactions, each committed at once.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LoginResult logIn(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        String typed = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        Optional<Instant> addressLocked = new AddressLockout(securityLog).lockedUntil(clientAddress, now);
        if (addressLocked.isPresent()) {
            LOG.info(() -> "Login refused for " + LogText.quoted(typed) + ": address " + clientAddress + " is locked");
            ledger.failed(typed, clientAddress, now, "address locked until " + addressLocked.get());
            return LoginResult.refused(LoginOutcome.ADDRESS_LOCKED, addressLocked.get());
        }
        Optional<DeskUser> found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            LOG.info(() -> "Login failed for unknown user " + LogText.quoted(username) + " from " + clientAddress);
            ledger.failed(typed, clientAddress, now, "unknown user");
            lockAddressIfDue(typed, clientAddress, now);
            return LoginResult.refused(LoginOutcome.BAD_CREDENTIALS, null);
        }
        DeskUser seen = found.get();
        boolean rightPassword = seen.passwordMatches(password, hasher);
        LoginResult result = count(seen, rightPassword, password, clientAddress, now);
        LOG.info(() -> "Login " + result.outcome() + " for '" + seen.getUsername() + "' from " + clientAddress);
        if (!result.succeeded()) {
            lockAddressIfDue(seen.getUsername(), clientAddress, now);
        }
        return result;
    }

    /**
     * Counts the attempt, trying again when counting it fails. If it still cannot be counted, the attempt is logged
     * as failed (that entry needs no lock) and the caller hears of the error.
     */
    private LoginResult count(DeskUser seen, boolean rightPassword, String password, String address, Instant now) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= COUNT_ATTEMPTS; attempt++) {
            try {
                return ledger.count(seen.getId(), seen.getPasswordGeneration(), rightPassword, password, address, now);
            } catch (RuntimeException e) {
                last = e;
                LOG.fine(() -> "Counting a login for '" + seen.getUsername() + "' failed; trying again: " + e);
                pause(attempt);
            }
        }
        LOG.log(Level.SEVERE, "A login for '" + seen.getUsername() + "' could not be counted", last);
        ledger.failed(seen.getUsername(), address, now, "could not be checked: " + last);
        throw new IllegalStateException("The login could not be checked just now", last);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void lockAddressIfDue(String username, String clientAddress, Instant now) {
        if (clientAddress != null && ledger.lockAddressIfDue(username, clientAddress, now)) {
            LOG.warning(() -> "Address " + clientAddress + " locked after repeated failed logins");
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
        LOG.info(() -> "API token refused from " + clientAddress + (owner == null ? "" : " (owner '" + owner + "')"));
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
