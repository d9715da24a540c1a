package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two people in two browsers: the editor submits, the reviewer returns it with a comment, the editor fixes it
 * and submits again, the reviewer approves, the editor publishes. And a reviewer's own work cannot be approved
 * by them, neither in the browser nor through the API.
 */
@ExtendWith(BrowserExtension.class)
class WorkflowJourneyIT {

    private static void waitForStatus(BrowserSession browser, String status) {
        browser.waiting()
                .until(d ->
                        d.findElement(By.cssSelector(".status-badge")).getText().equals(status));
    }

    private static void answer(BrowserSession browser, String words) {
        browser.fill("wf-words", words);
        browser.click("wf-ok");
    }

    @Test
    void editorAndReviewerTakeARecordFromDraftToPublished(BrowserSession editor, BrowserSession reviewer) {
        String title = "Two-person journey " + UUID.randomUUID().toString().substring(0, 8);
        long id = ReadyRecords.create("demo-editor-token", title);
        editor.logIn("editor", Desk.DEMO_PASSWORD);
        reviewer.logIn("reviewer", Desk.DEMO_PASSWORD);

        editor.open("/records/" + id);
        editor.click("wf-submit");
        waitForStatus(editor, "In review");

        reviewer.open("/records?queue=awaiting-review");
        reviewer.openGridRow("records-grid", title::equals);
        reviewer.click("review-record");
        reviewer.waitForPath("/records/" + id + "/review");
        String readersView = reviewer.find(By.id("review-readers-view")).getText();
        for (String words : new String[] {
            "Air/drone strike",
            "27 December 2025",
            "Killed: 2",
            "“Two people were killed”",
            "Workflow Wire",
            "Port district"
        }) {
            assertTrue(
                    readersView.contains(words),
                    () -> "the record as readers read it shows " + words + ":\n" + readersView);
        }
        assertFalse(readersView.contains("figures[0]") || readersView.contains("AIR_DRONE"), readersView);
        assertTrue(
                reviewer.pageText().contains("Never published: everything below is new to readers"),
                reviewer.pageText());
        assertTrue(
                reviewer.find(By.id("review-diff")).getText().contains("figures[0].value"),
                "the desk's fields are there too, below");
        reviewer.click("wf-return");
        answer(reviewer, "Name the district in the title");
        reviewer.waitForPath("/records/" + id);
        waitForStatus(reviewer, "Returned");

        editor.open("/records?queue=returned-to-me");
        editor.openGridRow("records-grid", title::equals);
        assertTrue(
                editor.find(By.id("record-history")).getText().contains("Name the district in the title"),
                "the editor reads why it came back");
        editor.click("edit-record");
        editor.waitForPath("/records/" + id + "/edit");
        editor.fill("record-title-field", title + " in the port district");
        editor.click("save-record");
        editor.waiting().until(d -> editor.find(By.id("record-form")).getText().contains("Version "));
        editor.open("/records/" + id);
        editor.click("wf-submit");
        waitForStatus(editor, "In review");

        reviewer.open("/records/" + id);
        assertFalse(
                reviewer.find(By.id("wf-approve")).getDomAttribute("disabled") != null,
                "another's work can be approved");
        reviewer.click("wf-approve");
        waitForStatus(reviewer, "Approved");

        editor.open("/records/" + id);
        editor.click("wf-publish");
        editor.click(By.xpath("//vaadin-button[normalize-space()='Yes']"));
        waitForStatus(editor, "Published");
        String history = editor.find(By.id("record-history")).getText();
        for (String step : new String[] {
            "editor submitted for review", "reviewer returned to its editors", "reviewer approved", "editor published"
        }) {
            assertTrue(history.contains(step), () -> "history shows " + step + ":\n" + history);
        }
        assertTrue(editor.pageText().contains("Version 1 published"), editor.pageText());
    }

    @Test
    void aReviewerCannotApproveTheirOwnWorkInTheBrowserOrThroughTheApi(BrowserSession reviewer) {
        long id = ReadyRecords.create("demo-reviewer-token", "Own work " + UUID.randomUUID());
        assertEquals(
                200,
                ReadyRecords.step(id, "submit", "demo-reviewer-token", null).status());
        reviewer.logIn("reviewer", Desk.DEMO_PASSWORD);

        reviewer.open("/records/" + id);

        assertTrue(reviewer.find(By.id("wf-approve")).getDomAttribute("disabled") != null, "approve is not offered");
        assertTrue(reviewer.find(By.id("wf-note-four-eyes")).getText().contains("another reviewer must approve it"));
        Api.Answer api = ReadyRecords.step(id, "approve", "demo-reviewer-token", null);
        assertEquals(409, api.status(), api.body());
        assertTrue(api.json().get("detail").asText().startsWith("Four eyes"), api.body());
        assertEquals(
                403, ReadyRecords.step(id, "approve", "demo-editor-token", null).status());
        assertEquals("SUBMITTED", ReadyRecords.status(id));
    }

    @Test
    void anApprovalFromAScreenThatShowedAnOlderVersionIsRefused(BrowserSession reviewer) {
        String editor = "demo-editor-token";
        long id = ReadyRecords.create(editor, "Stale screen " + UUID.randomUUID());
        assertEquals(200, ReadyRecords.step(id, "submit", editor, null).status());
        reviewer.logIn("reviewer", Desk.DEMO_PASSWORD);
        reviewer.open("/records/" + id);

        // While the screen shows it, the record is returned, changed and submitted again.
        assertEquals(
                200,
                ReadyRecords.step(id, "return", "demo-reviewer-token", "{\"comment\": \"Check the toll\"}")
                        .status());
        com.fasterxml.jackson.databind.JsonNode returned =
                Api.get("/api/v1/records/" + id, editor).json();
        Api.Answer changed = Api.putJson(
                "/api/v1/records/" + id,
                editor,
                "\"" + returned.get("version").asLong() + "\"",
                ((com.fasterxml.jackson.databind.node.ObjectNode) returned).put("title", "Changed unseen"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(200, ReadyRecords.step(id, "submit", editor, null).status());

        reviewer.click("wf-approve");
        reviewer.waiting().until(d -> reviewer.pageText().contains("was changed by editor"));
        assertEquals("SUBMITTED", ReadyRecords.status(id), "what the reviewer did not see is not approved");

        reviewer.open("/records/" + id);
        assertTrue(reviewer.find(By.id("record-title")).getText().contains("Changed unseen"));
        reviewer.click("wf-approve");
        waitForStatus(reviewer, "Approved");
    }

    @Test
    void theQueueCountsFollowEachStepTakenOnTheRecordPageWithoutANavigation(BrowserSession editor) {
        String token = "demo-editor-token";
        long draft = ReadyRecords.create(token, "Counted draft " + UUID.randomUUID());
        long approved = ReadyRecords.create(token, "Counted publication " + UUID.randomUUID());
        assertEquals(200, ReadyRecords.step(approved, "submit", token, null).status());
        assertEquals(
                200,
                ReadyRecords.step(approved, "approve", "demo-reviewer-token", null)
                        .status());
        editor.logIn("editor", Desk.DEMO_PASSWORD);

        editor.open("/records/" + draft);
        int drafts = editor.queueCount("my-drafts");
        editor.click("wf-submit");
        waitForStatus(editor, "In review");
        editor.waiting().until(d -> editor.queueCount("my-drafts") == drafts - 1);

        editor.open("/records/" + approved);
        int published = editor.queueCount("published");
        int ready = editor.queueCount("approved");
        editor.click("wf-publish");
        editor.click(By.xpath("//vaadin-button[normalize-space()='Yes']"));
        waitForStatus(editor, "Published");
        // The scheduler may publish other tests' records meanwhile: at least this one is counted, at once.
        editor.waiting().until(d -> editor.queueCount("published") > published);
        assertEquals(ready - 1, editor.queueCount("approved"), "the published record left the approved queue");
    }

    @Test
    void aCorrectionsReviewSaysInWordsWhatChangesForReaders(BrowserSession reviewer) {
        String editor = "demo-editor-token";
        long id = ReadyRecords.create(editor, "Corrected in review " + UUID.randomUUID());
        ReadyRecords.step(id, "submit", editor, null);
        ReadyRecords.step(id, "approve", "demo-reviewer-token", null);
        assertEquals(200, ReadyRecords.step(id, "publish", editor, null).status());
        assertEquals(
                200,
                ReadyRecords.step(id, "corrections", editor, "{\"note\": \"Three died, not two.\"}")
                        .status());
        com.fasterxml.jackson.databind.node.ObjectNode draft = (com.fasterxml.jackson.databind.node.ObjectNode)
                Api.get("/api/v1/records/" + id, editor).json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) draft.get("figures").get(0)).put("value", 3);
        Api.Answer saved = Api.putJson(
                "/api/v1/records/" + id, editor, "\"" + draft.get("version").asLong() + "\"", draft);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, ReadyRecords.step(id, "submit", editor, null).status());

        reviewer.logIn("reviewer", Desk.DEMO_PASSWORD);
        reviewer.open("/records/" + id + "/review");

        String changes = reviewer.find(By.id("review-changes")).getText();
        assertTrue(changes.contains("Killed: 2 → 3"), changes);
        assertTrue(reviewer.pageText().contains("What changes for readers since version 1"), reviewer.pageText());
        assertTrue(reviewer.find(By.id("review-readers-view")).getText().contains("Killed: 3"));
        // The same change, marked on the fact itself: before → after, in words.
        String changed = reviewer.find(By.cssSelector("#review-facts [data-change='changed']"))
                .getText();
        assertTrue(
                changed.contains("Killed: 2 →") && changed.contains("Killed: 3") && changed.contains("changed"),
                changed);
        assertTrue(
                reviewer.findAll(By.cssSelector(
                                "#review-facts [data-change='added'], #review-facts [data-change='removed']"))
                        .isEmpty(),
                "nothing else was added or removed");
    }
}
