package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.By;

/** What tests ask the admin's screens for, as the admin does it in the browser. */
final class AdminScreens {
    private AdminScreens() {}

    /**
     * Creates an account on the new-user screen (the browser must be logged in as an admin) and returns on its page.
     *
     * @param password its first password; ignored for a partner system, which has none
     * @param roles the labels of the roles to tick ("Editor", "Reviewer", "Admin", "Partner system")
     */
    static void createUser(BrowserSession admin, String username, String password, String... roles) {
        admin.open("/admin/users/new");
        admin.fill("new-username", username);
        admin.fill("new-display-name", "Test " + username);
        List<String> wanted = List.of(roles);
        for (String role : List.of("Editor", "Reviewer", "Admin", "Partner system")) {
            admin.tick("new-roles", role, wanted.contains(role));
        }
        if (!wanted.equals(List.of("Partner system"))) {
            admin.fill("new-password", password);
        }
        admin.click("create-user");
        admin.waitForPath("/admin/users/\\d+");
        assertEquals(
                "Test " + username + " (" + username + ")",
                admin.find(By.id("user-heading")).getText());
    }
}
