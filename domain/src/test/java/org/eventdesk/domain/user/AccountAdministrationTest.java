package org.eventdesk.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The admin's rules on accounts: roles that make sense, no self-harm, always one enabled admin. */
class AccountAdministrationTest {
    private static final Instant NOW = Instant.parse("2025-12-27T12:00:00Z");
    private static final PasswordHasher HASHER = new PasswordHasher(1_000);

    private static DeskUser user(String name, Role... roles) {
        DeskUser user = DeskUser.register(name, name + " Person", EnumSet.of(roles[0], roles), NOW);
        if (!user.isSystemAccount()) {
            user.changePassword("correct horse battery", HASHER);
        }
        return user;
    }

    @Test
    void rolesMustMakeSenseTogether() {
        InvalidInputException reviewerAlone = assertThrows(
                InvalidInputException.class, () -> DeskUser.register("rita", "Rita", EnumSet.of(Role.REVIEWER), NOW));
        assertEquals("roles", reviewerAlone.errors().get(0).field());
        assertTrue(reviewerAlone.getMessage().contains("editor"), reviewerAlone.getMessage());

        assertThrows(
                InvalidInputException.class,
                () -> DeskUser.register("feed", "Feed", EnumSet.of(Role.PARTNER, Role.EDITOR), NOW));
        InvalidInputException everything = assertThrows(
                InvalidInputException.class, () -> DeskUser.register("a b", " ", EnumSet.of(Role.REVIEWER), NOW));
        assertEquals(
                Set.of("username", "displayName", "roles"),
                everything.errors().stream().map(FieldError::field).collect(Collectors.toSet()),
                "every bad field at once");

        DeskUser editor = user("erin", Role.EDITOR);
        DeskUser admin = user("ada", Role.ADMIN);
        assertThrows(InvalidInputException.class, () -> editor.changeRoles(EnumSet.noneOf(Role.class), admin, 1));
        assertEquals(EnumSet.of(Role.EDITOR), editor.getRoles(), "a refused change changes nothing");
    }

    @Test
    void aRoleChangeReturnsTheOldRolesAndTakesEffect() {
        DeskUser editor = user("erin", Role.EDITOR);
        DeskUser admin = user("ada", Role.ADMIN);

        var old = editor.changeRoles(EnumSet.of(Role.EDITOR, Role.REVIEWER), admin, 1);

        assertEquals(EnumSet.of(Role.EDITOR), old);
        assertTrue(editor.hasRole(Role.REVIEWER));
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemselfNorFromTheLastEnabledAdmin() {
        DeskUser ada = user("ada", Role.ADMIN);
        DeskUser bob = user("bob", Role.ADMIN);

        AccountRuleException self =
                assertThrows(AccountRuleException.class, () -> ada.changeRoles(EnumSet.of(Role.EDITOR), ada, 2));
        assertTrue(self.getMessage().contains("yourself"), self.getMessage());
        assertThrows(AccountRuleException.class, () -> bob.changeRoles(EnumSet.of(Role.EDITOR), ada, 1));
        assertTrue(bob.hasRole(Role.ADMIN));

        bob.changeRoles(EnumSet.of(Role.EDITOR), ada, 2);
        assertFalse(bob.hasRole(Role.ADMIN));
    }

    @Test
    void anAdminCannotGiveThemselfARoleButAnotherAdminCanAndDroppingOneIsFine() {
        DeskUser ada = user("ada", Role.ADMIN);
        DeskUser bob = user("bob", Role.ADMIN);

        AccountRuleException self = assertThrows(
                AccountRuleException.class,
                () -> ada.changeRoles(EnumSet.of(Role.ADMIN, Role.EDITOR, Role.REVIEWER), ada, 2));
        assertTrue(self.getMessage().startsWith("You cannot give yourself [EDITOR, REVIEWER]"), self.getMessage());
        assertEquals(EnumSet.of(Role.ADMIN), ada.getRoles(), "a refused change changes nothing");

        ada.changeRoles(EnumSet.of(Role.ADMIN, Role.EDITOR), bob, 2);
        assertTrue(ada.hasRole(Role.EDITOR), "another admin may, and the log says who did");
        ada.changeRoles(EnumSet.of(Role.ADMIN), ada, 2);
        assertFalse(ada.hasRole(Role.EDITOR), "giving up a role of one's own is fine");
    }

    @Test
    void peopleMakeTheirOwnTokensAndAdminsMakeThemOnlyForPartnerSystems() {
        DeskUser erin = user("erin", Role.EDITOR);
        DeskUser ada = user("ada", Role.ADMIN);
        DeskUser feed = user("feed", Role.PARTNER);

        ApiToken own = erin.issueToken("my script", erin, NOW).token();
        assertEquals(erin, own.getOwner());
        assertEquals(
                ada, ada.issueToken("admin's own script", ada, NOW).token().getOwner(), "an admin is a person too");
        assertEquals(feed, feed.issueToken("wire feed", ada, NOW).token().getOwner());

        AccountRuleException forAPerson =
                assertThrows(AccountRuleException.class, () -> erin.issueToken("on erin's behalf", ada, NOW));
        assertTrue(forAPerson.getMessage().startsWith("'erin' is a person: people create their own API tokens"));
        assertThrows(
                AccountRuleException.class,
                () -> feed.issueToken("from an editor", erin, NOW),
                "only admins make a partner's tokens");
        assertThrows(AccountRuleException.class, () -> feed.issueToken("by itself", feed, NOW));
        assertThrows(AccountRuleException.class, () -> feed.issueToken("by nobody", null, NOW));
    }

    @Test
    void anAccountThatBecomesAPartnerSystemLosesItsPassword() {
        DeskUser editor = user("erin", Role.EDITOR);
        assertTrue(editor.canLogIn());

        editor.changeRoles(EnumSet.of(Role.PARTNER), user("ada", Role.ADMIN), 1);

        assertFalse(editor.hasPassword());
        assertFalse(editor.canLogIn());
        assertEquals(LoginOutcome.BAD_CREDENTIALS, editor.attemptLogin("correct horse battery", HASHER, NOW));
    }

    @Test
    void aDisabledAccountCannotLogInAndItsTokensStopUntilItIsEnabledAgain() {
        DeskUser editor = user("erin", Role.EDITOR);
        ApiToken token = ApiToken.issue(editor, "script", NOW).token();

        editor.disable(user("ada", Role.ADMIN), 1);

        assertFalse(editor.isEnabled());
        assertFalse(editor.canLogIn(), "its sessions end: the session's user is read again on every request");
        assertEquals(LoginOutcome.DISABLED, editor.attemptLogin("correct horse battery", HASHER, NOW));
        assertEquals(
                LoginOutcome.BAD_CREDENTIALS,
                editor.attemptLogin("a guess", HASHER, NOW),
                "a guesser is not told that the account exists");
        assertFalse(token.isUsable());

        editor.enable();

        assertEquals(LoginOutcome.SUCCESS, editor.attemptLogin("correct horse battery", HASHER, NOW));
        assertTrue(token.isUsable());
    }

    @Test
    void anAdminCannotDisableThemselfNorTheLastEnabledAdmin() {
        DeskUser ada = user("ada", Role.ADMIN);
        DeskUser bob = user("bob", Role.ADMIN);

        assertThrows(AccountRuleException.class, () -> ada.disable(ada, 2));
        assertThrows(AccountRuleException.class, () -> bob.disable(ada, 1));
        assertTrue(ada.isEnabled());
        assertTrue(bob.isEnabled());

        bob.disable(ada, 2);
        assertFalse(bob.isEnabled());
        bob.changeRoles(EnumSet.of(Role.EDITOR), ada, 1);
        assertFalse(bob.hasRole(Role.ADMIN), "a disabled admin is not one of the enabled admins the desk keeps");
    }

    @Test
    void aPasswordResetFollowsThePasswordRulesAndLiftsALock() {
        DeskUser editor = user("erin", Role.EDITOR);
        for (int i = 0; i < DeskUser.MAX_FAILED_LOGINS; i++) {
            editor.attemptLogin("wrong", HASHER, NOW);
        }
        assertTrue(editor.isLockedAt(NOW));

        InvalidInputException weak =
                assertThrows(InvalidInputException.class, () -> editor.resetPassword("short", HASHER));
        assertEquals("password", weak.errors().get(0).field());
        assertEquals("must be at least 10 characters long", weak.errors().get(0).message());
        assertTrue(editor.isLockedAt(NOW), "a refused reset changes nothing");
        int sessionsOpenedUnder = editor.getPasswordGeneration();

        editor.resetPassword("a brand new passphrase", HASHER);

        assertFalse(editor.isLockedAt(NOW));
        assertEquals(
                sessionsOpenedUnder + 1,
                editor.getPasswordGeneration(),
                "sessions opened with the old password no longer match");
        assertEquals(LoginOutcome.SUCCESS, editor.attemptLogin("a brand new passphrase", HASHER, NOW));
    }

    @Test
    void aPartnerSystemGetsNoPassword() {
        DeskUser feed = user("feed", Role.PARTNER);

        assertThrows(AccountRuleException.class, () -> feed.resetPassword("a brand new passphrase", HASHER));
        assertFalse(feed.hasPassword());
    }

    @Test
    void unlockLiftsALockAndForgetsTheFailures() {
        DeskUser editor = user("erin", Role.EDITOR);
        for (int i = 0; i < DeskUser.MAX_FAILED_LOGINS; i++) {
            editor.attemptLogin("wrong", HASHER, NOW);
        }
        assertEquals(LoginOutcome.LOCKED, editor.attemptLogin("correct horse battery", HASHER, NOW));

        editor.unlock();

        assertNull(editor.getLockedUntil());
        assertEquals(LoginOutcome.SUCCESS, editor.attemptLogin("correct horse battery", HASHER, NOW));
    }

    @Test
    void aDisplayNameCanBeCorrectedButNotBlanked() {
        DeskUser editor = user("erin", Role.EDITOR);

        editor.rename("  Erin Example ");
        assertEquals("Erin Example", editor.getDisplayName());
        assertThrows(InvalidInputException.class, () -> editor.rename(" "));
        assertEquals("Erin Example", editor.getDisplayName());
    }

    @Test
    void aTokensUseIsReportedOnceAMinuteAndARevokeOnlyOnce() {
        ApiToken token =
                ApiToken.issue(user("erin", Role.EDITOR), "script", NOW).token();

        assertTrue(token.markUsed(NOW));
        assertFalse(token.markUsed(NOW.plusSeconds(59)));
        assertTrue(token.markUsed(NOW.plusSeconds(61)));
        assertTrue(token.revoke(NOW));
        assertFalse(token.revoke(NOW.plusSeconds(5)));
        assertEquals(NOW, token.getRevokedAt());
    }
}
