package org.eventdesk.domain.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void storesPbkdf2Sha256WithItsIterationCountAndASaltOfItsOwn() {
        String first = hasher.hash("eventdesk-demo");
        String second = hasher.hash("eventdesk-demo");

        assertTrue(first.startsWith("pbkdf2-sha256$600000$"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertFalse(first.contains("eventdesk-demo"));
        assertTrue(hasher.matches("eventdesk-demo", first));
        assertTrue(hasher.matches("eventdesk-demo", second));
        assertFalse(hasher.matches("eventdesk-demO", first));
    }

    @Test
    void theDecoyForUnknownNamesAndTheCheckOfAHashFollowTheHashersCount() {
        PasswordHasher fewer = new PasswordHasher(1_000);
        assertTrue(fewer.decoy().startsWith("pbkdf2-sha256$1000$"), fewer.decoy());
        assertFalse(fewer.matchesNothing("anything at all"));

        String made = fewer.hash("eventdesk-demo");
        assertTrue(fewer.madeThisWay(made));
        assertFalse(new PasswordHasher(2_000).madeThisWay(made), "another count");
        assertTrue(fewer.madeThisWay("plain-text-password"), "nothing to redo in a hash that never matches");
    }

    @Test
    void unreadableHashesNeverMatch() {
        assertFalse(hasher.matches("x", "plain-text-password"));
        assertFalse(hasher.matches("x", null));
        assertFalse(hasher.matches(null, hasher.hash("x-long-enough")));
    }
}
