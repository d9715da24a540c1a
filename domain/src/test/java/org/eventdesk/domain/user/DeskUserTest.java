package org.eventdesk.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeskUserTest {
    private static final Instant NOW = Instant.parse("2025-12-27T12:00:00Z");
    /** The rules here are about counting failures, not about hashing: a cheap hash keeps the test fast. */
    private static final PasswordHasher HASHER = new PasswordHasher(1_000);

    private static DeskUser template;

    @BeforeAll
    static void hashOnce() {
        template = user();
    }

    private static DeskUser user() {
        DeskUser user = DeskUser.create("Editor", "Erin Editor", EnumSet.of(Role.EDITOR), NOW);
        user.changePassword("correct horse battery", HASHER);
        return user;
    }

    @Test
    void namesAreStoredInLowerCase() {
        assertEquals("editor", template.getUsername());
    }

    @Test
    void theRightPasswordLogsIn() {
        assertEquals(LoginOutcome.SUCCESS, user().attemptLogin("correct horse battery", HASHER, NOW));
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForAQuarterOfAnHour() {
        DeskUser user = user();
        for (int i = 1; i < DeskUser.MAX_FAILED_LOGINS; i++) {
            assertEquals(LoginOutcome.BAD_CREDENTIALS, user.attemptLogin("wrong", HASHER, NOW));
        }
        assertEquals(LoginOutcome.LOCKED, user.attemptLogin("wrong", HASHER, NOW));

        assertEquals(
                LoginOutcome.LOCKED,
                user.attemptLogin("correct horse battery", HASHER, NOW.plusSeconds(60)),
                "even the right password waits for the lock to expire");
        assertEquals(
                LoginOutcome.SUCCESS,
                user.attemptLogin(
                        "correct horse battery",
                        HASHER,
                        NOW.plus(DeskUser.LOCK_DURATION).plusSeconds(1)));
    }

    @Test
    void theLockReadsAsAWrongPasswordAtTheLoginScreen() {
        assertEquals(LoginOutcome.BAD_CREDENTIALS, LoginOutcome.LOCKED.toldAtLogin());
        assertEquals(LoginOutcome.BAD_CREDENTIALS, LoginOutcome.BAD_CREDENTIALS.toldAtLogin());
        assertEquals(LoginOutcome.ADDRESS_LOCKED, LoginOutcome.ADDRESS_LOCKED.toldAtLogin());
        assertEquals(LoginOutcome.DISABLED, LoginOutcome.DISABLED.toldAtLogin());
        assertEquals(LoginOutcome.SUCCESS, LoginOutcome.SUCCESS.toldAtLogin());
    }

    @Test
    void thePasswordCheckAndTheCountAreTwoStepsWithTheSameRules() {
        DeskUser user = user();
        assertTrue(user.passwordMatches("correct horse battery", HASHER));
        assertFalse(user.passwordMatches("wrong", HASHER));

        for (int i = 1; i < DeskUser.MAX_FAILED_LOGINS; i++) {
            assertEquals(LoginOutcome.BAD_CREDENTIALS, user.recordLogin(false, NOW));
        }
        assertEquals(LoginOutcome.LOCKED, user.recordLogin(false, NOW));
        assertEquals(LoginOutcome.LOCKED, user.recordLogin(true, NOW), "the right password waits too");
        assertEquals(LoginOutcome.LOCKED, user.recordLogin(false, NOW), "failures during the lock do not count");
        assertEquals(
                LoginOutcome.SUCCESS,
                user.recordLogin(true, NOW.plus(DeskUser.LOCK_DURATION).plusSeconds(1)));
    }

    @Test
    void anAccountWithoutAPasswordCostsTheSameCheckAndNeverMatches() {
        PasswordHasher slow = new PasswordHasher(200_000);
        DeskUser partner = DeskUser.create("feed", "Partner feed", EnumSet.of(Role.PARTNER), NOW);
        DeskUser person = DeskUser.create("erin", "Erin", EnumSet.of(Role.EDITOR), NOW);
        person.changePassword("correct horse battery", slow);

        long start = System.nanoTime();
        assertFalse(partner.passwordMatches("", slow));
        long forPartner = System.nanoTime() - start;
        start = System.nanoTime();
        assertFalse(person.passwordMatches("a guess", slow));
        long forPerson = System.nanoTime() - start;

        // The decoy hash runs the hasher's own iteration count; a check that skipped it would take microseconds.
        assertTrue(forPartner > forPerson / 4, forPartner + " ns for the partner, " + forPerson + " ns for a person");
    }

    @Test
    void aPasswordHashedWithAnotherCountIsHashedAgainWithTheDesksAndKeepsItsSessions() {
        DeskUser user = DeskUser.create("erin", "Erin", EnumSet.of(Role.EDITOR), NOW);
        user.changePassword("correct horse battery", HASHER);
        int generation = user.getPasswordGeneration();
        PasswordHasher desks = new PasswordHasher(2_000);

        user.rehashPassword("correct horse battery", desks);

        assertTrue(user.passwordHash().startsWith("pbkdf2-sha256$2000$"), user.passwordHash());
        assertTrue(user.passwordMatches("correct horse battery", desks));
        assertEquals(generation, user.getPasswordGeneration(), "the same password: its sessions stay open");
        String now = user.passwordHash();
        user.rehashPassword("correct horse battery", desks);
        assertEquals(now, user.passwordHash(), "a hash made the desk's way is left alone");
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        DeskUser user = user();
        user.attemptLogin("wrong", HASHER, NOW);
        user.attemptLogin("wrong", HASHER, NOW);
        user.attemptLogin("correct horse battery", HASHER, NOW);
        for (int i = 1; i < DeskUser.MAX_FAILED_LOGINS; i++) {
            assertEquals(LoginOutcome.BAD_CREDENTIALS, user.attemptLogin("wrong", HASHER, NOW));
        }
    }

    @Test
    void aTokenOnlyAccountCannotLogIn() {
        DeskUser partner = DeskUser.create("partner", "Partner feed", EnumSet.of(Role.PARTNER), NOW);

        assertFalse(partner.canLogIn());
        assertEquals(LoginOutcome.BAD_CREDENTIALS, partner.attemptLogin("", HASHER, NOW));
    }

    @Test
    void weakPasswordsAreRefused() {
        DeskUser user = DeskUser.create("reviewer", "Rita", EnumSet.of(Role.REVIEWER), NOW);

        assertThrows(InvalidInputException.class, () -> user.changePassword("short", HASHER));
        assertThrows(InvalidInputException.class, () -> user.changePassword("my-reviewer-password", HASHER));
        assertTrue(user.getRoles().contains(Role.REVIEWER));
    }

    @Test
    void badNamesAndMissingRolesAreRefused() {
        assertThrows(InvalidInputException.class, () -> DeskUser.create("a b", "X", EnumSet.of(Role.EDITOR), NOW));
        assertThrows(InvalidInputException.class, () -> DeskUser.create("ok", "X", EnumSet.noneOf(Role.class), NOW));
    }
}
