package org.eventdesk.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.eventdesk.domain.security.AddressLockout;
import org.eventdesk.domain.security.SecurityEvent;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLog;
import org.eventdesk.domain.user.DeskUser;
import org.eventdesk.domain.user.LoginOutcome;
import org.eventdesk.domain.user.PasswordHasher;
import org.eventdesk.domain.user.UserRepository;

/**
 * The writing half of a login, for {@link Authenticator}: each method is a short transaction of its own that commits
 * before it returns. Attempts on one account are counted one after the other under a lock on the account's row
 * (the slow password hash is done before, outside it), so a burst of attempts neither loses a failure nor fails on
 * a version conflict; each attempt's log entry commits with its count, so the address lockout, which counts those
 * entries, sees every attempt.
 */
@ApplicationScoped
public class LoginLedger {
    @Inject
    private UserRepository users;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private DurableSecurityLog durableLog;

    /** Locks by address for {@link #lockAddressIfDue}: a fixed number, so no map of addresses grows forever. */
    private static final Object[] ADDRESS_STRIPES = new Object[64];

    static {
        for (int i = 0; i < ADDRESS_STRIPES.length; i++) {
            ADDRESS_STRIPES[i] = new Object();
        }
    }

    @Inject
    private PasswordHasher hasher;

    /** Logs an attempt that no account counts: an unknown user name, or any name from a locked address. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, String clientAddress, Instant now, String why) {
        securityLog.append(failure(username, clientAddress, now, why));
    }

    /**
     * Counts an attempt on an account and logs it, holding the account's row until the transaction ends.
     *
     * @param checkedGeneration the password generation {@code rightPassword} was checked against; if the password
     *     changed since, it is checked again here (rarely: a reset between the check and the count)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult count(
            long userId,
            int checkedGeneration,
            boolean rightPassword,
            String password,
            String clientAddress,
            Instant now) {
        DeskUser user = users.findForUpdate(userId)
                .orElseThrow(() -> new IllegalStateException(
                        "account #" + userId + " vanished during a login; accounts are never deleted"));
        boolean right = user.getPasswordGeneration() == checkedGeneration
                ? rightPassword
                : user.passwordMatches(password, hasher);
        boolean wasLocked = user.isLockedAt(now);
        LoginOutcome outcome = user.recordLogin(right, now);
        String name = user.getUsername();
        switch (outcome) {
            case SUCCESS -> {
                // Once per account after the desk's iteration count changed: one more hash, under the row's lock.
                user.rehashPassword(password, hasher);
                securityLog.append(SecurityEvent.of(SecurityEventKind.LOGIN_SUCCEEDED, now)
                        .actor(name)
                        .subjectUser(name)
                        .clientAddress(clientAddress)
                        .build());
            }
            case BAD_CREDENTIALS ->
                securityLog.append(failure(
                        name,
                        clientAddress,
                        now,
                        !user.hasPassword()
                                ? "the account has no password (a partner system)"
                                : user.isEnabled() ? "wrong password" : "wrong password for a disabled account"));
            case DISABLED -> securityLog.append(failure(name, clientAddress, now, "account disabled"));
            case LOCKED -> {
                if (wasLocked) {
                    securityLog.append(failure(
                            name,
                            clientAddress,
                            now,
                            "account locked until " + user.getLockedUntil() + (right ? " (the right password)" : "")));
                } else {
                    securityLog.append(failure(name, clientAddress, now, "wrong password"));
                    securityLog.append(SecurityEvent.of(SecurityEventKind.ACCOUNT_LOCKED, now)
                            .actor(name)
                            .subjectUser(name)
                            .clientAddress(clientAddress)
                            .detail("after " + DeskUser.MAX_FAILED_LOGINS + " failed logins in a row; until "
                                    + user.getLockedUntil())
                            .build());
                }
            }
            case ADDRESS_LOCKED -> throw new IllegalStateException("an account never answers for its address");
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

    /**
     * Locks the client address if its failures, the one just committed included, now call for it. Called after the
     * failure's own transaction has committed, so that of attempts failing together the last one sees them all (each
     * reads what has committed). The check and the lock's entry, which commits at once, are done one address at a
     * time on this server, so a burst locks an address once rather than once per attempt that saw the threshold
     * (two servers on one database could each log it, a moment apart, which only says the same thing twice).
     *
     * @return whether this call locked it
     */
    public boolean lockAddressIfDue(String username, String clientAddress, Instant now) {
        synchronized (ADDRESS_STRIPES[Math.floorMod(clientAddress.hashCode(), ADDRESS_STRIPES.length)]) {
            AddressLockout lockout = new AddressLockout(securityLog);
            if (lockout.lockedUntil(clientAddress, now).isPresent() || !lockout.failureLocks(clientAddress, now)) {
                return false;
            }
            durableLog.append(SecurityEvent.of(SecurityEventKind.ADDRESS_LOCKED, now)
                    .actor(username)
                    .clientAddress(clientAddress)
                    .detail("after " + AddressLockout.MAX_FAILURES + " failed logins within "
                            + AddressLockout.WINDOW.toMinutes() + " minutes; until "
                            + now.plus(AddressLockout.LOCK_DURATION))
                    .build());
            return true;
        }
    }

    private static SecurityEvent failure(String username, String clientAddress, Instant now, String why) {
        return SecurityEvent.of(SecurityEventKind.LOGIN_FAILED, now)
                .actor(username)
                .subjectUser(username)
                .clientAddress(clientAddress)
                .detail(why)
                .build();
    }
}
