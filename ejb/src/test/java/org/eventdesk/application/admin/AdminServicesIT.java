package org.eventdesk.application.admin;

import static org.eventdesk.application.Callers.admin;
import static org.eventdesk.application.Callers.as;
import static org.eventdesk.application.Callers.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.security.PrivilegedExceptionAction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.account.PersonalTokens;
import org.eventdesk.application.record.RecordService;
import org.eventdesk.application.security.Authenticator;
import org.eventdesk.application.security.LoginResult;
import org.eventdesk.application.security.RequestOrigin;
import org.eventdesk.application.security.SessionTicket;
import org.eventdesk.application.taxonomy.TaxonomyEntry;
import org.eventdesk.domain.record.Qualifier;
import org.eventdesk.domain.record.RecordInput;
import org.eventdesk.domain.record.RecordInputs;
import org.eventdesk.domain.security.AddressLockout;
import org.eventdesk.domain.security.SecurityEventKind;
import org.eventdesk.domain.security.SecurityLogQuery;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.AccountRuleException;
import org.eventdesk.domain.user.ApiToken;
import org.eventdesk.domain.user.LoginOutcome;
import org.eventdesk.domain.user.PasswordHasher;
import org.eventdesk.domain.user.Role;
import org.eventdesk.domain.user.TokenQuery;
import org.eventdesk.domain.user.UserQuery;
import org.eventdesk.domain.user.UserRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's desk on the real server and database, and what its changes do to logging in. The test server's
 * database outlives a run, so every test makes users, tokens, codes and client addresses of its own (a random
 * marker) and never touches the demo accounts, which other tests log in with.
 */
@ExtendWith(ArquillianExtension.class)
class AdminServicesIT {
    private static final String PASSWORD = "a long test passphrase";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private UserAdministration userAdmin;

    @Inject
    private TokenAdministration tokenAdmin;

    @Inject
    private TaxonomyAdministration taxonomyAdmin;

    @Inject
    private SecurityLogReader securityLog;

    @Inject
    private PersonalTokens personalTokens;

    @Inject
    private Authenticator authenticator;

    /** The request's client address as the web module's filter sets it; tests set their own. */
    @Inject
    private RequestOrigin origin;

    @Inject
    private RecordService recordService;

    @Inject
    private UserRepository users;

    @Resource(lookup = "java:jboss/datasources/EventDeskDS")
    private DataSource dataSource;

    private static String marker() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A client address no other test (or earlier run) has used, so address lockout counts start at zero. */
    private static String address() {
        return "2001:db8::" + marker().substring(0, 4) + ":" + marker().substring(0, 4);
    }

    private UserRow newUser(String name, Role... roles) throws Exception {
        EnumSet<Role> set = EnumSet.of(roles[0], roles);
        String password = set.equals(EnumSet.of(Role.PARTNER)) ? null : PASSWORD;
        return admin(() -> userAdmin.create(new NewUser(name, "Test " + name, set, password)));
    }

    /** The log's entries about one user, newest first, as kinds. */
    private List<SecurityEventKind> kindsFor(String username) throws Exception {
        return admin(() -> securityLog.list(new SecurityLogQuery(Set.of(), username, null, null), 0, 50)).stream()
                .map(SecurityLogEntry::kind)
                .toList();
    }

    @Test
    void aNewUserCanLogInAtOnceAndTheLogSaysWhoCreatedThem() throws Exception {
        String name = "it-" + marker();
        UserRow created = newUser(name, Role.EDITOR, Role.REVIEWER);

        assertEquals(Set.of(Role.EDITOR, Role.REVIEWER), created.roles());
        assertTrue(created.enabled());
        var login = authenticator.logIn(name, PASSWORD, address());
        assertEquals(LoginOutcome.SUCCESS, login.outcome());
        assertEquals(
                Set.of(Role.EDITOR, Role.REVIEWER), login.caller().orElseThrow().roles());

        List<SecurityLogEntry> log =
                admin(() -> securityLog.list(new SecurityLogQuery(Set.of(), name, null, null), 0, 10));
        assertEquals(
                List.of(SecurityEventKind.LOGIN_SUCCEEDED, SecurityEventKind.USER_CREATED),
                log.stream().map(SecurityLogEntry::kind).toList(),
                "newest first");
        assertEquals("admin", log.get(1).actor());
        assertEquals("roles EDITOR, REVIEWER", log.get(1).detail());
        assertFalse(log.get(1).detail().contains(PASSWORD));
        List<UserRow> listed = admin(() -> userAdmin.list(new UserQuery(name, null, null), 0, 10));
        assertEquals(List.of(name), listed.stream().map(UserRow::username).toList());

        // Hashed with the iterations the test server is configured with (arquillian.xml), not the class's default.
        assertTrue(storedHash(name).startsWith("pbkdf2-sha256$10000$"), storedHash(name));
    }

    @Test
    void aPasswordHashedWithAnotherCountIsHashedAgainWithTheDesksAtTheNextLogin() throws Exception {
        String name = "it-" + marker();
        newUser(name, Role.EDITOR);
        // As if set before the desk's setting changed.
        try (Connection connection = dataSource.getConnection();
                var update = connection.prepareStatement("update desk_user set password_hash = ? where username = ?")) {
            update.setString(1, new PasswordHasher(20_000).hash(PASSWORD));
            update.setString(2, name);
            assertEquals(1, update.executeUpdate());
        }

        assertEquals(
                LoginOutcome.SUCCESS,
                authenticator.logIn(name, PASSWORD, address()).outcome());
        assertTrue(storedHash(name).startsWith("pbkdf2-sha256$10000$"), storedHash(name));
        assertEquals(
                LoginOutcome.SUCCESS,
                authenticator.logIn(name, PASSWORD, address()).outcome(),
                "still valid");
    }

    private String storedHash(String username) throws Exception {
        try (Connection connection = dataSource.getConnection();
                var query = connection.prepareStatement("select password_hash from desk_user where username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), username);
                return row.getString(1);
            }
        }
    }

    @Test
    void aNewUserIsRefusedWithEveryBadFieldNamed() throws Exception {
        String name = "it-" + marker();
        newUser(name, Role.EDITOR);

        InvalidInputException taken = assertThrows(
                InvalidInputException.class,
                () -> admin(() -> userAdmin.create(new NewUser(name, "Again", EnumSet.of(Role.EDITOR), "short"))));
        assertEquals(
                Map.of("username", "is taken already", "password", "must be at least 10 characters long"),
                taken.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message)));

        InvalidInputException partnerWithPassword = assertThrows(
                InvalidInputException.class,
                () -> admin(() ->
                        userAdmin.create(new NewUser("it-" + marker(), "Feed", EnumSet.of(Role.PARTNER), PASSWORD))));
        assertEquals(
                Set.of("password"),
                partnerWithPassword.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
    }

    @Test
    void disablingAUserEndsTheirLoginsSessionsAndTokens() throws Exception {
        String name = "it-" + marker();
        UserRow user = newUser(name, Role.EDITOR);
        SessionTicket session =
                authenticator.logIn(name, PASSWORD, address()).ticket().orElseThrow();
        IssuedToken token = as(name, Set.of("EDITOR"), () -> personalTokens.create("script"));
        assertTrue(authenticator.tokenIdentity(token.secret(), address()).isPresent());

        UserRow disabled = admin(() -> userAdmin.disable(user.id()));

        assertFalse(disabled.enabled());
        assertEquals(
                LoginOutcome.DISABLED,
                authenticator.logIn(name, PASSWORD, address()).outcome());
        assertTrue(authenticator.sessionIdentity(session).isEmpty(), "the open session ends");
        assertTrue(authenticator.tokenIdentity(token.secret(), address()).isEmpty(), "the token stops");
        assertFalse(admin(() -> tokenAdmin.list(new TokenQuery(name, true), 0, 10))
                .get(0)
                .usable());

        admin(() -> userAdmin.enable(user.id()));

        assertEquals(
                LoginOutcome.SUCCESS,
                authenticator.logIn(name, PASSWORD, address()).outcome());
        assertTrue(
                authenticator.tokenIdentity(token.secret(), address()).isPresent(),
                "disabling suspends tokens; revoking ends them");
        List<SecurityEventKind> kinds = kindsFor(name);
        assertTrue(
                kinds.indexOf(SecurityEventKind.USER_ENABLED) < kinds.indexOf(SecurityEventKind.USER_DISABLED),
                kinds.toString());
        assertTrue(kinds.contains(SecurityEventKind.LOGIN_FAILED), "the refused login is in the log");
    }

    @Test
    void aPasswordResetReplacesThePasswordLiftsTheLockAndEndsTheOpenSessions() throws Exception {
        String name = "it-" + marker();
        UserRow user = newUser(name, Role.EDITOR);
        String from = address();
        SessionTicket before =
                authenticator.logIn(name, PASSWORD, from).ticket().orElseThrow();
        assertTrue(authenticator.sessionIdentity(before).isPresent());
        for (int i = 0; i < 5; i++) {
            authenticator.logIn(name, "wrong password " + i, from);
        }
        assertEquals(
                LoginOutcome.LOCKED, authenticator.logIn(name, PASSWORD, from).outcome());
        assertTrue(admin(() -> userAdmin.user(user.id())).locked());

        InvalidInputException weak = assertThrows(
                InvalidInputException.class, () -> admin(() -> userAdmin.resetPassword(user.id(), "short")));
        assertEquals("password", weak.errors().get(0).field());
        UserRow reset = admin(() -> userAdmin.resetPassword(user.id(), "another long passphrase"));

        assertFalse(reset.locked());
        assertTrue(authenticator.sessionIdentity(before).isEmpty(), "the session opened with the old password ends");
        assertEquals(
                LoginOutcome.BAD_CREDENTIALS,
                authenticator.logIn(name, PASSWORD, from).outcome());
        LoginResult after = authenticator.logIn(name, "another long passphrase", from);
        assertEquals(LoginOutcome.SUCCESS, after.outcome());
        assertTrue(authenticator.sessionIdentity(after.ticket().orElseThrow()).isPresent());
        List<SecurityEventKind> kinds = kindsFor(name);
        assertEquals(SecurityEventKind.LOGIN_SUCCEEDED, kinds.get(0));
        assertEquals(SecurityEventKind.PASSWORD_RESET, kinds.get(2));
        assertEquals(
                1,
                kinds.stream().filter(SecurityEventKind.ACCOUNT_LOCKED::equals).count());
        assertEquals(
                "after 5 failed logins in a row",
                admin(() -> securityLog.list(
                                new SecurityLogQuery(Set.of(SecurityEventKind.ACCOUNT_LOCKED), name, null, null), 0, 1))
                        .get(0)
                        .detail()
                        .substring(0, 30));
    }

    @Test
    void anAdminUnlocksAnAccountAndCorrectsItsNameAndBothAreLogged() throws Exception {
        String name = "it-" + marker();
        UserRow user = newUser(name, Role.EDITOR);
        String from = address();
        for (int i = 0; i < 5; i++) {
            authenticator.logIn(name, "wrong password " + i, from);
        }
        assertEquals(
                LoginOutcome.LOCKED, authenticator.logIn(name, PASSWORD, from).outcome());

        UserRow unlocked = admin(() -> userAdmin.unlock(user.id()));
        UserRow renamed = admin(() -> userAdmin.rename(user.id(), "  Corrected Name "));

        assertFalse(unlocked.locked());
        assertEquals("Corrected Name", renamed.displayName());
        assertEquals(
                LoginOutcome.SUCCESS, authenticator.logIn(name, PASSWORD, from).outcome());
        List<SecurityLogEntry> log =
                admin(() -> securityLog.list(new SecurityLogQuery(Set.of(), name, null, null), 0, 3));
        assertEquals(
                List.of(
                        SecurityEventKind.LOGIN_SUCCEEDED,
                        SecurityEventKind.USER_RENAMED,
                        SecurityEventKind.USER_UNLOCKED),
                log.stream().map(SecurityLogEntry::kind).toList());
        assertEquals("“Test " + name + "” → “Corrected Name”", log.get(1).detail());
        assertThrows(InvalidInputException.class, () -> admin(() -> userAdmin.rename(user.id(), " ")));
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextRequestAndIsLogged() throws Exception {
        String name = "it-" + marker();
        UserRow user = newUser(name, Role.EDITOR);
        SessionTicket session =
                authenticator.logIn(name, PASSWORD, address()).ticket().orElseThrow();

        admin(() -> userAdmin.changeRoles(user.id(), EnumSet.of(Role.EDITOR, Role.REVIEWER)));

        assertEquals(
                Set.of(Role.EDITOR, Role.REVIEWER),
                authenticator.sessionIdentity(session).orElseThrow().roles());
        SecurityLogEntry changed = admin(() -> securityLog.list(
                        new SecurityLogQuery(Set.of(SecurityEventKind.ROLES_CHANGED), name, null, null), 0, 5))
                .get(0);
        assertEquals("admin", changed.actor());
        assertEquals(name, changed.subjectUser());
        assertEquals("EDITOR → EDITOR, REVIEWER", changed.detail());

        InvalidInputException reviewerAlone = assertThrows(
                InvalidInputException.class,
                () -> admin(() -> userAdmin.changeRoles(user.id(), EnumSet.of(Role.REVIEWER))));
        assertEquals("roles", reviewerAlone.errors().get(0).field());
    }

    @Test
    void anAdminCannotDisableOrDemoteThemselfAndTheAdminCountIsRight() throws Exception {
        long adminId = users.findByUsername("admin").orElseThrow().getId();

        assertThrows(AccountRuleException.class, () -> admin(() -> userAdmin.disable(adminId)));
        assertThrows(
                AccountRuleException.class, () -> admin(() -> userAdmin.changeRoles(adminId, EnumSet.of(Role.EDITOR))));
        assertTrue(admin(() -> userAdmin.user(adminId)).enabled());

        // The last-admin rule (DeskUser's own test) relies on this count of enabled admins.
        long before = users.countEnabledAdmins();
        UserRow second = newUser("it-" + marker(), Role.ADMIN);
        assertEquals(before + 1, users.countEnabledAdmins());
        admin(() -> userAdmin.disable(second.id()));
        assertEquals(before, users.countEnabledAdmins());
    }

    /** The log's entries of some kinds about one user, newest first. */
    private List<SecurityLogEntry> entries(String username, SecurityEventKind... kinds) throws Exception {
        return admin(() -> securityLog.list(new SecurityLogQuery(Set.of(kinds), username, null, null), 0, 50));
    }

    @Test
    void aPersonMakesListsAndRevokesTheirOwnTokensFromTheirAddress() throws Exception {
        String name = "it-" + marker();
        String other = "it-" + marker();
        newUser(name, Role.EDITOR, Role.REVIEWER);
        newUser(other, Role.EDITOR);
        String from = address();
        origin.setClientAddress(from);

        IssuedToken issued = as(name, Set.of("EDITOR", "REVIEWER"), () -> personalTokens.create("My script"));

        assertEquals(name, issued.token().ownerUsername());
        assertEquals(
                Set.of(Role.EDITOR, Role.REVIEWER),
                authenticator.tokenIdentity(issued.secret(), from).orElseThrow().roles(),
                "the token acts as its maker, with their roles");
        assertEquals(
                List.of("My script"),
                as(name, Set.of("EDITOR"), () -> personalTokens.list(0, 10)).stream()
                        .map(TokenRow::label)
                        .toList());
        assertEquals(
                List.of(),
                as(other, Set.of("EDITOR"), () -> personalTokens.list(0, 10)),
                "each person sees their own tokens only");
        assertThrows(
                NotFoundException.class,
                () -> as(
                        other,
                        Set.of("EDITOR"),
                        () -> personalTokens.revoke(issued.token().id())),
                "nor can they revoke someone else's");
        assertTrue(authenticator.tokenIdentity(issued.secret(), from).isPresent());

        TokenRow revoked = as(
                name,
                Set.of("EDITOR"),
                () -> personalTokens.revoke(issued.token().id()));

        assertTrue(revoked.revoked());
        assertTrue(authenticator.tokenIdentity(issued.secret(), from).isEmpty(), "revoking is immediate");
        List<SecurityLogEntry> events = entries(name, SecurityEventKind.TOKEN_CREATED, SecurityEventKind.TOKEN_REVOKED);
        assertEquals(
                List.of(SecurityEventKind.TOKEN_REVOKED, SecurityEventKind.TOKEN_CREATED),
                events.stream().map(SecurityLogEntry::kind).toList());
        for (SecurityLogEntry event : events) {
            assertEquals(name, event.actor(), "the person did it");
            assertEquals(from, event.clientAddress(), "from their address");
            assertFalse(event.toString().contains(issued.secret()));
        }
    }

    @Test
    void anAdminMakesTokensForPartnerSystemsButNotForPeopleAndTheRefusalIsLogged() throws Exception {
        String person = "it-" + marker();
        String feed = "it-feed-" + marker();
        UserRow editor = newUser(person, Role.EDITOR);
        UserRow partner = newUser(feed, Role.PARTNER);
        String from = address();
        origin.setClientAddress(from);

        AccountRuleException refused = assertThrows(
                AccountRuleException.class, () -> admin(() -> tokenAdmin.create(editor.id(), "on their behalf")));

        assertTrue(
                refused.getMessage().startsWith("'" + person + "' is a person: people create their own API tokens"),
                refused.getMessage());
        assertEquals(List.of(), admin(() -> tokenAdmin.list(new TokenQuery(person, true), 0, 10)), "none was made");
        SecurityLogEntry refusal =
                entries(person, SecurityEventKind.TOKEN_CREATION_REFUSED).get(0);
        assertEquals("admin", refusal.actor());
        assertEquals(from, refusal.clientAddress());
        assertEquals(
                refused.getMessage(),
                refusal.detail(),
                "the refusal stays in the log though its transaction rolled back");

        IssuedToken issued = admin(() -> tokenAdmin.create(partner.id(), "Wire feed"));

        assertEquals(
                feed,
                authenticator.tokenIdentity(issued.secret(), from).orElseThrow().username());
        SecurityLogEntry created =
                entries(feed, SecurityEventKind.TOKEN_CREATED).get(0);
        assertEquals("admin", created.actor());
        assertEquals(from, created.clientAddress());
        assertEquals("for " + feed + " with roles [PARTNER]", created.detail());
        assertEquals(
                from,
                entries(feed, SecurityEventKind.TOKEN_USED).get(0).clientAddress(),
                "its use, from where it was used");
    }

    @Test
    void anAdminCannotGiveThemselfRolesAnotherAdminCanAndBothAreLoggedWithTheAddress() throws Exception {
        String chief = "it-admin-" + marker();
        UserRow self = newUser(chief, Role.ADMIN);
        String from = address();
        origin.setClientAddress(from);

        AccountRuleException refused = assertThrows(
                AccountRuleException.class,
                () -> as(
                        chief,
                        Set.of("ADMIN"),
                        () -> userAdmin.changeRoles(self.id(), EnumSet.of(Role.ADMIN, Role.EDITOR, Role.REVIEWER))));

        assertTrue(
                refused.getMessage().startsWith("You cannot give yourself [EDITOR, REVIEWER]"), refused.getMessage());
        assertEquals(Set.of(Role.ADMIN), admin(() -> userAdmin.user(self.id())).roles());
        SecurityLogEntry refusal =
                entries(chief, SecurityEventKind.ROLE_CHANGE_REFUSED).get(0);
        assertEquals(chief, refusal.actor());
        assertEquals(from, refusal.clientAddress());
        assertTrue(
                refusal.detail().startsWith("ADMIN → EDITOR, REVIEWER, ADMIN (their own account): You cannot give"),
                refusal.detail());

        admin(() -> userAdmin.changeRoles(self.id(), EnumSet.of(Role.ADMIN, Role.EDITOR)));
        as(chief, Set.of("ADMIN", "EDITOR"), () -> userAdmin.changeRoles(self.id(), EnumSet.of(Role.ADMIN)));

        List<SecurityLogEntry> changes = entries(chief, SecurityEventKind.ROLES_CHANGED);
        assertEquals(
                List.of("EDITOR, ADMIN → ADMIN (their own account)", "ADMIN → EDITOR, ADMIN"),
                changes.stream().map(SecurityLogEntry::detail).toList(),
                "another admin granted it; dropping it oneself is fine");
        assertEquals(
                List.of(chief, "admin"),
                changes.stream().map(SecurityLogEntry::actor).toList());
        assertTrue(changes.stream().allMatch(e -> from.equals(e.clientAddress())), changes.toString());
    }

    @Test
    void aPasswordResetIsLoggedWithTheAdminsAddress() throws Exception {
        String name = "it-" + marker();
        UserRow user = newUser(name, Role.EDITOR);
        String from = address();
        origin.setClientAddress(from);

        admin(() -> userAdmin.resetPassword(user.id(), "another long passphrase"));

        SecurityLogEntry reset = entries(name, SecurityEventKind.PASSWORD_RESET).get(0);
        assertEquals("admin", reset.actor());
        assertEquals(from, reset.clientAddress());
        assertNull(reset.detail(), "the password itself is never logged");
    }

    @Test
    void aTokensSecretIsHandedOutOnceAndOnlyItsHashIsKept() throws Exception {
        String name = "it-" + marker();
        UserRow partner = newUser(name, Role.PARTNER);
        assertTrue(partner.systemAccount());

        IssuedToken issued = admin(() -> tokenAdmin.create(partner.id(), "Wire feed " + name));

        String secret = issued.secret();
        assertTrue(secret.length() >= 40, secret);
        assertFalse(issued.toString().contains(secret));
        assertEquals(
                issued.token().id(),
                users.findTokenByHash(ApiToken.hashOf(secret)).orElseThrow().getId());
        assertNoColumnAnywhereHolds(secret);

        String from = address();
        assertEquals(
                name, authenticator.tokenIdentity(secret, from).orElseThrow().username());
        assertEquals(
                name, authenticator.tokenIdentity(secret, from).orElseThrow().username());
        List<SecurityLogEntry> used = admin(() ->
                securityLog.list(new SecurityLogQuery(Set.of(SecurityEventKind.TOKEN_USED), name, null, null), 0, 10));
        assertEquals(1, used.size(), "two uses within a minute are logged once");
        assertEquals(from, used.get(0).clientAddress());
        assertEquals(
                "token #" + issued.token().id() + " “Wire feed " + name + "”",
                used.get(0).subject());

        TokenRow revoked = admin(() -> tokenAdmin.revoke(issued.token().id()));

        assertTrue(revoked.revoked());
        assertTrue(authenticator.tokenIdentity(secret, from).isEmpty());
        assertTrue(authenticator.tokenIdentity(secret, from).isEmpty());
        List<SecurityLogEntry> refused = admin(() -> securityLog.list(
                new SecurityLogQuery(Set.of(SecurityEventKind.TOKEN_REFUSED), name, null, null), 0, 10));
        assertEquals(1, refused.size(), "two refusals from one address within a minute are logged once");
        assertEquals(from, refused.get(0).clientAddress());
        assertEquals("revoked token", refused.get(0).detail());
        assertEquals(List.of(), admin(() -> tokenAdmin.list(new TokenQuery(name, false), 0, 10)));
        assertEquals(
                1,
                admin(() -> tokenAdmin.list(new TokenQuery(name, true), 0, 10)).size());
        assertEquals(
                List.of(
                        SecurityEventKind.TOKEN_REFUSED,
                        SecurityEventKind.TOKEN_REVOKED,
                        SecurityEventKind.TOKEN_USED,
                        SecurityEventKind.TOKEN_CREATED,
                        SecurityEventKind.USER_CREATED),
                kindsFor(name));
    }

    @Test
    void anUnknownTokenIsRefusedAndLoggedWithItsAddress() throws Exception {
        String from = address();

        assertTrue(authenticator.tokenIdentity("not-a-token-" + marker(), from).isEmpty());

        List<SecurityLogEntry> refused = admin(() -> securityLog.list(
                new SecurityLogQuery(Set.of(SecurityEventKind.TOKEN_REFUSED), null, null, null), 0, 50));
        SecurityLogEntry entry = refused.stream()
                .filter(e -> from.equals(e.clientAddress()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no refusal logged for " + from + ": " + refused));
        assertEquals("unknown token", entry.detail());
        assertNull(entry.subjectUser(), "an unknown token belongs to nobody");
    }

    @Test
    void aDisabledAccountGetsNoNewToken() throws Exception {
        UserRow user = newUser("it-" + marker(), Role.EDITOR);
        admin(() -> userAdmin.disable(user.id()));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> admin(() -> tokenAdmin.create(user.id(), "script")));
        assertEquals("owner", refused.errors().get(0).field());
    }

    /** The whole database, as H2 dumps it, holds the secret nowhere (not in a token, a log line, anything). */
    private void assertNoColumnAnywhereHolds(String secret) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
                // No dump command elsewhere: look where a secret could have been put by mistake.
                for (String column : List.of(
                        "api_token.token_hash", "api_token.label", "security_event.subject", "security_event.detail")) {
                    String[] part = column.split("\\.");
                    try (var query = connection.prepareStatement(
                            "select count(*) from " + part[0] + " where " + part[1] + " like ?")) {
                        query.setString(1, "%" + secret + "%");
                        try (ResultSet found = query.executeQuery()) {
                            found.next();
                            assertEquals(0, found.getLong(1), column);
                        }
                    }
                }
                return;
            }
            try (ResultSet dump = statement.executeQuery("script")) {
                int lines = 0;
                while (dump.next()) {
                    lines++;
                    assertFalse(dump.getString(1).contains(secret), "the database holds the secret");
                }
                assertTrue(lines > 10, "the dump has the tables");
            }
        }
    }

    @Test
    void twentyFailuresFromOneAddressLockItEvenForTheRightPassword() throws Exception {
        String name = "it-" + marker();
        newUser(name, Role.EDITOR);
        String from = address();
        for (int i = 0; i < AddressLockout.MAX_FAILURES; i++) {
            LoginOutcome outcome = authenticator
                    .logIn("nobody-" + i + "-" + name, "guess", from)
                    .outcome();
            assertEquals(LoginOutcome.BAD_CREDENTIALS, outcome);
        }

        var refused = authenticator.logIn(name, PASSWORD, from);

        assertEquals(LoginOutcome.ADDRESS_LOCKED, refused.outcome());
        assertTrue(refused.lockedUntil().isAfter(Instant.now().plusSeconds(14 * 60)), "a quarter of an hour");
        assertEquals(
                LoginOutcome.SUCCESS,
                authenticator.logIn(name, PASSWORD, address()).outcome(),
                "the account itself is fine from elsewhere");
        List<SecurityLogEntry> locks = admin(() -> securityLog.list(
                        new SecurityLogQuery(Set.of(SecurityEventKind.ADDRESS_LOCKED), null, null, null), 0, 50))
                .stream()
                .filter(e -> from.equals(e.clientAddress()))
                .toList();
        assertEquals(1, locks.size());
        SecurityLogEntry refusal = admin(() -> securityLog.list(
                        new SecurityLogQuery(Set.of(SecurityEventKind.LOGIN_FAILED), name, null, null), 0, 1))
                .get(0);
        assertTrue(refusal.detail().startsWith("address locked until"), refusal.detail());
    }

    @Test
    void theTaxonomyGrowsInPlaceAndADeactivatedCodeIsRefusedForNewRecords() throws Exception {
        String top = "IT_" + marker().toUpperCase();
        String next = top + "_NEXT";
        admin(() -> taxonomyAdmin.addEventType(top, "Test type", null));
        admin(() -> taxonomyAdmin.addEventType(next, "Next test type", ""));
        List<String> subTypes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String code = top + ".SUB_" + i;
            subTypes.add(code);
            admin(() -> taxonomyAdmin.addEventType(code, "Sub-type " + code.substring(code.length() - 1), top));
        }

        List<String> order = admin(() -> taxonomyAdmin.eventTypes()).stream()
                .map(TaxonomyEntry::code)
                .filter(c -> c.startsWith(top))
                .toList();
        List<String> expected = new ArrayList<>(List.of(top));
        expected.addAll(subTypes);
        expected.add(next);
        assertEquals(expected, order, "sub-types follow their parent, even past the room the list had");

        String sub = subTypes.get(0);
        InvalidInputException badCode = assertThrows(
                InvalidInputException.class,
                () -> admin(() -> taxonomyAdmin.addEventType(next + ".X", "Wrong parent", top)));
        assertEquals("code", badCode.errors().get(0).field());
        assertThrows(
                InvalidInputException.class,
                () -> admin(() -> taxonomyAdmin.addEventType(sub, "Again", top)),
                "codes are never reused");

        admin(() -> taxonomyAdmin.relabelEventType(sub, "Renamed sub-type"));
        assertEquals("Renamed sub-type", entry(sub).label());
        assertTrue(editor(() -> recordService.create(record(sub, "KILLED"))).id() > 0);

        admin(() -> taxonomyAdmin.deactivateEventType(top));

        assertFalse(entry(sub).active(), "sub-types go with their parent");
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> editor(() -> recordService.create(record(sub, "KILLED"))));
        assertEquals(
                Set.of("type"), refused.errors().stream().map(FieldError::field).collect(Collectors.toSet()));

        admin(() -> taxonomyAdmin.reactivateEventType(top));
        admin(() -> taxonomyAdmin.reactivateEventType(sub));
        assertTrue(editor(() -> recordService.create(record(sub, "KILLED"))).id() > 0);
        assertTrue(admin(() -> securityLog.list(
                        new SecurityLogQuery(Set.of(SecurityEventKind.TAXONOMY_CHANGED), "admin", null, null), 0, 50))
                .stream()
                .anyMatch(e -> top.equals(e.subject()) && e.detail().startsWith("event type deactivated")));
    }

    @Test
    void aDeactivatedFigureCategoryIsRefusedForNewFigures() throws Exception {
        String code = "IT_" + marker().toUpperCase();
        admin(() -> taxonomyAdmin.addFigureCategory(code, "Test category"));
        assertTrue(editor(() -> recordService.create(record("MEETING", code))).id() > 0);

        admin(() -> taxonomyAdmin.deactivateFigureCategory(code));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> editor(() -> recordService.create(record("MEETING", code))));
        assertEquals("figures[0].category", refused.errors().get(0).field());
        List<TaxonomyEntry> categories = admin(() -> taxonomyAdmin.figureCategories());
        assertEquals(code, categories.get(categories.size() - 1).code(), "added at the end");
        assertFalse(categories.get(categories.size() - 1).active());
    }

    private TaxonomyEntry entry(String code) throws Exception {
        return admin(() -> taxonomyAdmin.eventTypes()).stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static RecordInput record(String type, String category) {
        return RecordInputs.titled("Admin desk test record")
                .type(type)
                .figure(RecordInputs.figureOf(category, Qualifier.EXACT, 10L))
                .input();
    }

    @Test
    void everyAdminMethodIsRefusedToEveryoneButAdmins() throws Exception {
        long someone = users.findByUsername("editor").orElseThrow().getId();
        List<PrivilegedExceptionAction<?>> methods = List.of(
                () -> userAdmin.list(UserQuery.all(), 0, 10),
                () -> userAdmin.user(someone),
                () -> userAdmin.create(new NewUser("it-" + marker(), "X", EnumSet.of(Role.EDITOR), PASSWORD)),
                () -> userAdmin.rename(someone, "Renamed"),
                () -> userAdmin.changeRoles(someone, EnumSet.of(Role.ADMIN)),
                () -> userAdmin.disable(someone),
                () -> userAdmin.enable(someone),
                () -> userAdmin.resetPassword(someone, "a new long password"),
                () -> userAdmin.unlock(someone),
                () -> tokenAdmin.list(new TokenQuery(null, true), 0, 10),
                () -> tokenAdmin.create(someone, "stolen"),
                () -> tokenAdmin.revoke(1),
                () -> taxonomyAdmin.eventTypes(),
                () -> taxonomyAdmin.figureCategories(),
                () -> taxonomyAdmin.addEventType("IT_" + marker().toUpperCase(), "X", null),
                () -> taxonomyAdmin.relabelEventType("MEETING", "Hacked"),
                () -> taxonomyAdmin.deactivateEventType("MEETING"),
                () -> taxonomyAdmin.reactivateEventType("MEETING"),
                () -> taxonomyAdmin.addFigureCategory("IT_" + marker().toUpperCase(), "X"),
                () -> taxonomyAdmin.relabelFigureCategory("KILLED", "Hacked"),
                () -> taxonomyAdmin.deactivateFigureCategory("KILLED"),
                () -> taxonomyAdmin.reactivateFigureCategory("KILLED"),
                () -> securityLog.list(SecurityLogQuery.all(), 0, 10));
        Map<String, Set<String>> callers = Map.of(
                "editor", Set.of("EDITOR"),
                "reviewer", Set.of("REVIEWER", "EDITOR"),
                "partner", Set.of("PARTNER"));
        for (PrivilegedExceptionAction<?> method : methods) {
            for (var caller : callers.entrySet()) {
                assertThrows(EJBAccessException.class, () -> as(caller.getKey(), caller.getValue(), method));
            }
            assertThrows(EJBAccessException.class, method::run, "anonymous");
        }
    }
}
