package org.eventdesk.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The address lockout's window, lock and clean slate, with time set by the test. */
class AddressLockoutTest {
    private static final Instant T0 = Instant.parse("2025-12-27T12:00:00Z");
    private static final String ADDRESS = "203.0.113.7";

    /** The log in memory: the lockout only counts and looks up the latest event. */
    private final List<SecurityEvent> events = new ArrayList<>();

    private final SecurityLog log = new SecurityLog() {
        @Override
        public void append(SecurityEvent event) {
            events.add(event);
        }

        @Override
        public List<SecurityEvent> list(SecurityLogQuery query, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countFrom(String clientAddress, SecurityEventKind kind, Instant after) {
            return events.stream()
                    .filter(e -> e.getKind() == kind
                            && clientAddress.equals(e.getClientAddress())
                            && e.getOccurredAt().isAfter(after))
                    .count();
        }

        @Override
        public Optional<Instant> latestFrom(String clientAddress, SecurityEventKind kind) {
            return events.stream()
                    .filter(e -> e.getKind() == kind && clientAddress.equals(e.getClientAddress()))
                    .map(SecurityEvent::getOccurredAt)
                    .max(Comparator.naturalOrder());
        }
    };

    private final AddressLockout lockout = new AddressLockout(log);

    /** What the authenticator does on a failed login: log it, ask, log the lock if it begins. */
    private boolean fail(String address, Instant at) {
        log.append(SecurityEvent.of(SecurityEventKind.LOGIN_FAILED, at)
                .clientAddress(address)
                .build());
        boolean locks = lockout.failureLocks(address, at);
        if (locks) {
            log.append(SecurityEvent.of(SecurityEventKind.ADDRESS_LOCKED, at)
                    .clientAddress(address)
                    .build());
        }
        return locks;
    }

    private void succeed(String address, Instant at) {
        log.append(SecurityEvent.of(SecurityEventKind.LOGIN_SUCCEEDED, at)
                .clientAddress(address)
                .build());
    }

    @Test
    void twentyFailuresWithinAQuarterOfAnHourLockTheAddressForAQuarterOfAnHour() {
        for (int i = 0; i < AddressLockout.MAX_FAILURES - 1; i++) {
            assertFalse(fail(ADDRESS, T0.plusSeconds(i * 30L)), "failure " + (i + 1));
        }
        assertTrue(lockout.lockedUntil(ADDRESS, T0.plusSeconds(600)).isEmpty());

        Instant lockAt = T0.plusSeconds(620);
        assertTrue(fail(ADDRESS, lockAt));

        assertEquals(Optional.of(lockAt.plus(AddressLockout.LOCK_DURATION)), lockout.lockedUntil(ADDRESS, lockAt));
        assertTrue(lockout.lockedUntil(ADDRESS, lockAt.plus(Duration.ofMinutes(14)))
                .isPresent());
        assertTrue(lockout.lockedUntil(ADDRESS, lockAt.plus(AddressLockout.LOCK_DURATION))
                .isEmpty());
        assertTrue(lockout.lockedUntil("198.51.100.1", lockAt).isEmpty(), "other addresses are not affected");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < AddressLockout.MAX_FAILURES - 1; i++) {
            fail(ADDRESS, T0);
        }

        assertFalse(fail(ADDRESS, T0.plus(AddressLockout.WINDOW)), "the first nineteen are out of the window");
        assertFalse(lockout.lockedUntil(ADDRESS, T0.plus(AddressLockout.WINDOW)).isPresent());
    }

    @Test
    void aSuccessfulLoginFromTheAddressStartsTheCountAgain() {
        for (int i = 0; i < AddressLockout.MAX_FAILURES - 1; i++) {
            fail(ADDRESS, T0.plusSeconds(i));
        }
        succeed(ADDRESS, T0.plusSeconds(30));

        for (int i = 0; i < AddressLockout.MAX_FAILURES - 1; i++) {
            assertFalse(fail(ADDRESS, T0.plusSeconds(60 + i)));
        }
        assertTrue(fail(ADDRESS, T0.plusSeconds(120)));
    }

    @Test
    void afterALockTheAddressStartsWithACleanSlate() {
        for (int i = 0; i < AddressLockout.MAX_FAILURES; i++) {
            fail(ADDRESS, T0);
        }
        Instant end = T0.plus(AddressLockout.LOCK_DURATION);
        // Attempts refused during the lock are logged as failures too; they do not count towards the next lock.
        for (int i = 0; i < 50; i++) {
            log.append(SecurityEvent.of(SecurityEventKind.LOGIN_FAILED, T0.plusSeconds(60 + i))
                    .clientAddress(ADDRESS)
                    .build());
        }

        assertFalse(fail(ADDRESS, end.plusSeconds(1)));
        assertTrue(lockout.lockedUntil(ADDRESS, end.plusSeconds(1)).isEmpty());
    }

    @Test
    void anUnknownAddressIsNeverLocked() {
        for (int i = 0; i < 30; i++) {
            assertFalse(lockout.failureLocks(null, T0));
        }
        assertTrue(lockout.lockedUntil(null, T0).isEmpty());
    }
}
