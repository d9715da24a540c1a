package org.eventdesk.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import org.eventdesk.application.Deployments;
import org.eventdesk.application.startup.DeskBootstrap;
import org.eventdesk.domain.user.LoginOutcome;
import org.eventdesk.domain.user.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logging in and API tokens against the demo users the test server starts with (it runs in demo mode). */
@ExtendWith(ArquillianExtension.class)
class AuthenticatorIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    private Authenticator authenticator;

    @Test
    void theDemoEditorLogsInWithTheDocumentedPassword() {
        LoginResult result = authenticator.logIn("editor", DeskBootstrap.DEMO_PASSWORD, "127.0.0.1");

        assertEquals(LoginOutcome.SUCCESS, result.outcome());
        CallerIdentity caller = result.caller().orElseThrow();
        assertEquals("editor", caller.username());
        assertEquals(Set.of(Role.EDITOR), caller.roles());
        assertEquals(
                caller,
                authenticator.sessionIdentity(result.ticket().orElseThrow()).orElseThrow());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserFailAlike() {
        LoginResult wrong = authenticator.logIn("reviewer", "not the password", "127.0.0.1");
        LoginResult unknown = authenticator.logIn("nobody-" + System.nanoTime(), "whatever", "127.0.0.1");

        assertEquals(LoginOutcome.BAD_CREDENTIALS, wrong.outcome());
        assertEquals(LoginOutcome.BAD_CREDENTIALS, unknown.outcome());
        assertTrue(wrong.caller().isEmpty());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        // editor2 is used by no other test of this module, so locking it here disturbs nothing else.
        LoginOutcome last = null;
        for (int i = 0; i < 5; i++) {
            last = authenticator
                    .logIn("editor2", "wrong password " + i, "127.0.0.1")
                    .outcome();
        }

        assertEquals(LoginOutcome.LOCKED, last);
        assertEquals(
                LoginOutcome.LOCKED,
                authenticator
                        .logIn("editor2", DeskBootstrap.DEMO_PASSWORD, "127.0.0.1")
                        .outcome());
    }

    @Test
    void theDemoTokensActForTheirOwnersAndUnknownTokensForNobody() {
        assertEquals(
                "partner",
                authenticator.tokenIdentity("demo-partner-token").orElseThrow().username());
        assertEquals(
                Set.of(Role.REVIEWER, Role.EDITOR),
                authenticator.tokenIdentity("demo-reviewer-token").orElseThrow().roles());
        assertTrue(authenticator.tokenIdentity("demo-editor-token-but-wrong").isEmpty());
        assertTrue(authenticator.tokenIdentity("").isEmpty());
    }

    @Test
    void thePartnerSystemHasNoPasswordAndCannotLogIn() {
        assertEquals(
                LoginOutcome.BAD_CREDENTIALS,
                authenticator.logIn("partner", "", "127.0.0.1").outcome());
    }
}
