package org.eventdesk.domain.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Locks a client address that fails to log in too often, whichever accounts it tries: the account lockout
 * alone lets one address try four passwords on every account (password spraying) without ever locking any.
 *
 * <p>{@link #MAX_FAILURES} failed logins from one address within {@link #WINDOW}, with no successful login from
 * it in between, lock the address for {@link #LOCK_DURATION}; then it starts again with a clean slate, like an
 * account does. Twenty is well above what a newsroom behind one shared address mistypes in a quarter of an hour
 * (an account locks after five anyway), and far below what spraying needs. A success from the address clears its
 * count, so an office sharing an address is not locked out by its own typos; an insider with a valid account could
 * use that to try more, but each account still locks after five failures and every try is in the log.
 *
 * <p>The state is the security log itself (failures, successes and lock events from the address), so there is
 * nothing else to keep in step and the lock holds across restarts.
 */
public final class AddressLockout {
    public static final int MAX_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final SecurityLog log;

    public AddressLockout(SecurityLog log) {
        this.log = log;
    }

    /** Until when the address is locked, if it is now. An unknown address is never locked. */
    public Optional<Instant> lockedUntil(String clientAddress, Instant now) {
        if (clientAddress == null) {
            return Optional.empty();
        }
        return lastLockEnd(clientAddress).filter(now::isBefore);
    }

    /**
     * Whether the failures from the address, the one just logged included, now lock it. The caller logs the lock
     * ({@link SecurityEventKind#ADDRESS_LOCKED}), which is what makes {@link #lockedUntil} see it.
     */
    public boolean failureLocks(String clientAddress, Instant now) {
        if (clientAddress == null) {
            return false;
        }
        Instant since = now.minus(WINDOW);
        since = later(since, lastLockEnd(clientAddress));
        since = later(since, log.latestFrom(clientAddress, SecurityEventKind.LOGIN_SUCCEEDED));
        return log.countFrom(clientAddress, SecurityEventKind.LOGIN_FAILED, since) >= MAX_FAILURES;
    }

    private Optional<Instant> lastLockEnd(String clientAddress) {
        return log.latestFrom(clientAddress, SecurityEventKind.ADDRESS_LOCKED).map(at -> at.plus(LOCK_DURATION));
    }

    private static Instant later(Instant a, Optional<Instant> b) {
        return b.filter(a::isBefore).orElse(a);
    }
}
