package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Every screen needs a login; the login renews the session; logging out ends it; roles decide what opens. */
@ExtendWith(BrowserExtension.class)
class LoginIT {

    @Test
    void anAnonymousVisitorIsSentToTheLoginScreen(BrowserSession browser) {
        browser.open("/sources");

        browser.waitForPath("/login.*");
        assertNotNull(browser.find(By.cssSelector("vaadin-login-form")));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage(BrowserSession browser) {
        browser.logIn("reviewer", "not the password");

        browser.waitForPath("/login\\?error.*");
        assertTrue(browser.pageText().contains("Wrong user name or password"), browser.pageText());
    }

    @Test
    void loggingInRenewsTheSessionAndLoggingOutEndsIt(BrowserSession browser) {
        browser.open("/login");
        String before = browser.sessionCookie();
        assertNotNull(before, "the login screen already has a session");

        browser.logIn("reviewer", Desk.DEMO_PASSWORD);
        browser.waitForPath("/records");
        String after = browser.sessionCookie();
        assertNotEquals(before, after, "a new session id after login (no session fixation)");
        assertTrue(browser.find(By.id("current-user")).getText().startsWith("Rita Reviewer"));

        browser.click("logout");
        browser.waitForPath("/login.*");
        browser.open("/sources");
        browser.waitForPath("/login.*");
    }

    @Test
    void anAdminWithoutTheEditorRoleDoesNotGetTheSourcesScreen(BrowserSession browser) {
        browser.logIn("admin", Desk.DEMO_PASSWORD);
        browser.waitForPath("/admin/users");
        assertTrue(browser.findAll(By.id("sources-grid")).isEmpty());

        browser.open("/sources");

        assertTrue(browser.find(By.id("not-found")).isDisplayed(), "the view is closed to the admin role");
        assertTrue(browser.findAll(By.id("sources-grid")).isEmpty());
        assertEquals("Ada Admin (admin)", browser.find(By.id("current-user")).getText());
    }
}
