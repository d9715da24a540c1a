package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A person's own API tokens, as an editor makes and ends one for a script; and what the admin's screens show of a
 * person's tokens now that only the person makes them.
 */
@ExtendWith(BrowserExtension.class)
class MyTokensJourneyIT {

    @Test
    void anEditorMakesATokenSeesItsSecretOnceUsesItAndRevokesIt(BrowserSession editor) {
        String label = "Nightly export " + UUID.randomUUID().toString().substring(0, 8);
        editor.logIn("editor", Desk.DEMO_PASSWORD);
        editor.waitForPath("/records");
        editor.click(By.cssSelector("#account-nav vaadin-side-nav-item[path='account/tokens']"));
        editor.waitForPath("/account/tokens");

        editor.click("new-my-token");
        editor.fill("token-label", label);
        editor.click("create-token");
        String secret = editor.value("token-secret");
        assertTrue(secret.startsWith("edk_") && secret.length() > 40, secret);
        editor.click("close-secret");
        editor.waitForGridCell("my-tokens-grid", label::equals);
        assertFalse(editor.pageText().contains(secret), "the secret is gone once the dialog is closed");

        Api.Answer used = Api.get("/api/v1/records?limit=1", secret);
        assertEquals(200, used.status(), "the token acts as the editor: " + used.body());

        editor.open("/account/tokens");
        editor.waitForGridCell("my-tokens-grid", label::equals);
        assertFalse(editor.pageText().contains(secret), "nor is it ever shown again");
        List<String> cells = editor.gridTexts("my-tokens-grid");
        // A row reads: label, created, last used, status.
        assertFalse("never".equals(cells.get(cells.indexOf(label) + 2)), "its use is remembered: " + cells);
        editor.click(By.cssSelector("#my-tokens-grid vaadin-button[id^='revoke-my-token-']"));
        editor.click("confirm-action");
        editor.waitForGridCell("my-tokens-grid", text -> text.startsWith("Revoked"));

        Api.Answer refused = Api.get("/api/v1/records?limit=1", secret);
        Problems.assertProblem(refused, 401);

        List<JsonNode> events = SecurityLogApi.entries(
                        "user",
                        "editor",
                        "kind",
                        "TOKEN_CREATED",
                        "kind",
                        "TOKEN_USED",
                        "kind",
                        "TOKEN_REVOKED",
                        "kind",
                        "TOKEN_REFUSED")
                .stream()
                .filter(e -> e.get("subject").asText("").endsWith("“" + label + "”"))
                .toList();
        assertEquals(
                List.of("TOKEN_REFUSED", "TOKEN_REVOKED", "TOKEN_USED", "TOKEN_CREATED"),
                events.stream().map(e -> e.get("kind").asText()).toList(),
                events.toString());
        for (JsonNode event : events) {
            assertEquals("127.0.0.1", event.get("clientAddress").asText(), "with the client's address: " + event);
            assertFalse(event.toString().contains(secret));
        }
        assertEquals("editor", events.get(3).get("actor").asText(), "the editor made it, nobody else");
        assertEquals("editor", events.get(1).get("actor").asText());
    }

    @Test
    void anAdminSeesAPersonsTokensAndMayRevokeThemButMakesNone(BrowserSession admin) {
        admin.logIn("admin", Desk.DEMO_PASSWORD);
        admin.open("/admin/users");
        admin.fill("user-search", "editor2");
        admin.openGridRow("users-grid", "editor2"::equals);
        admin.waitForPath("/admin/users/\\d+");

        assertTrue(admin.find(By.id("user-tokens-own")).getText().startsWith("People make their own tokens"));
        assertTrue(admin.findAll(By.id("new-user-token")).isEmpty(), "no button to make one");
        admin.waitForGridCell("user-tokens-grid", "Demo token"::equals);

        admin.open("/admin/tokens");
        admin.click("new-token");
        admin.click(By.cssSelector("#token-owner input"));
        admin.find(By.cssSelector("vaadin-combo-box-item"));
        List<String> offered = admin.findAll(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.isDisplayed())
                .map(i -> i.getText().strip())
                .toList();
        assertTrue(offered.stream().anyMatch(o -> o.startsWith("partner ")), offered.toString());
        assertTrue(offered.stream().noneMatch(o -> o.startsWith("editor")), "people are not offered: " + offered);
    }
}
