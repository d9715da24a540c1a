package org.eventdesk.e2e;

import static org.eventdesk.e2e.Problems.assertProblem;
import static org.eventdesk.e2e.Problems.fieldsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reviewer works through a record fact by fact: each quote inside its sentence, ticks, a comment on a fact,
 * a return; the editor reads the comment with its fact; after the editor changes that fact and resubmits, its tick
 * no longer holds while the untouched fact keeps its own. And the same through the API, with its refusals.
 */
@ExtendWith(BrowserExtension.class)
class FactReviewJourneyIT {
    private static final String EDITOR = "demo-editor-token";
    private static final String REVIEWER = "demo-reviewer-token";

    private static JsonNode facts(long id, String token) {
        Api.Answer answer = Api.get("/api/v1/records/" + id + "/facts", token);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static String ref(JsonNode review, String kind) {
        for (JsonNode fact : review.get("facts")) {
            if (fact.get("kind").asText().equals(kind)) {
                return fact.get("ref").asText();
            }
        }
        throw new AssertionError("no " + kind + " in " + review);
    }

    private static JsonNode fact(JsonNode review, String ref) {
        for (JsonNode fact : review.get("facts")) {
            if (fact.get("ref").asText().equals(ref)) {
                return fact;
            }
        }
        throw new AssertionError("no " + ref + " in " + review);
    }

    private static Api.Answer check(long id, String ref, String token, String method) {
        return Api.send(Api.request("/api/v1/records/" + id + "/facts/" + ref + "/check", token)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private static Api.Answer comment(long id, String ref, String token, String body) {
        return Api.send(Api.request("/api/v1/records/" + id + "/facts/" + ref + "/comments", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static void tick(BrowserSession browser, String ref) {
        browser.click(browser.find(By.cssSelector("#check-" + ref + " input")));
        browser.waitForVaadin();
    }

    private static boolean ticked(BrowserSession browser, String ref) {
        return browser.find(By.id("check-" + ref)).getDomAttribute("checked") != null;
    }

    @Test
    void aReviewerTicksAndCommentsFactsAndTheEditorReadsTheCommentBesideItsFact(
            BrowserSession reviewer, BrowserSession editor) {
        String title = "Fact by fact " + UUID.randomUUID().toString().substring(0, 8);
        long id = ReadyRecords.create(EDITOR, title);
        assertEquals(200, ReadyRecords.step(id, "submit", EDITOR, null).status());
        JsonNode before = facts(id, REVIEWER);
        String figure = ref(before, "figure");
        String place = ref(before, "place");
        int total = before.get("total").asInt();

        reviewer.logIn("reviewer", Desk.DEMO_PASSWORD);
        reviewer.open("/records/" + id + "/review");
        WebElement killed = reviewer.find(By.id("fact-" + figure));
        assertEquals(
                "Two people were killed",
                killed.findElement(By.cssSelector(".fact-sentence mark")).getText());
        assertTrue(
                killed.findElement(By.cssSelector(".fact-sentence"))
                        .getText()
                        .contains("Two people were killed in the port district on Saturday, officials said"),
                "the quote sits in its sentence: " + killed.getText());
        assertEquals(
                "0 of " + total + " facts checked",
                reviewer.find(By.id("review-progress")).getText().split(" · ")[0]);

        tick(reviewer, figure);
        tick(reviewer, place);
        reviewer.waiting()
                .until(d -> d.findElement(By.id("review-progress")).getText().startsWith("2 of " + total));
        reviewer.fill("comment-text-" + figure, "The article says officials, check the wire too.");
        reviewer.click("comment-" + figure);
        reviewer.waiting()
                .until(d -> d.findElement(By.id("fact-" + figure)).getText().contains("reviewer, ")
                        && d.findElement(By.id("fact-" + figure))
                                .getText()
                                .contains("The article says officials, check the wire too."));
        reviewer.click(By.id("wf-return")); // scrolled back up to the steps
        reviewer.fill("wf-words", "See my comment on the figure");
        reviewer.click("wf-ok");
        reviewer.waitForPath("/records/" + id);

        editor.logIn("editor", Desk.DEMO_PASSWORD);
        editor.open("/records/" + id);
        String comments = editor.find(By.id("fact-comments-" + figure)).getText();
        assertTrue(comments.contains("Killed: 2"), comments);
        assertTrue(comments.contains("The article says officials, check the wire too."), comments);
        // ... and where the fixing is done: above the editor's form.
        editor.click("edit-record");
        editor.waitForPath("/records/" + id + "/edit");
        String inEditor = editor.find(By.id("fact-comments-" + figure)).getText();
        assertTrue(inEditor.contains("Killed: 2"), inEditor);
        assertTrue(inEditor.contains("The article says officials, check the wire too."), inEditor);

        ObjectNode draft = (ObjectNode) Api.get("/api/v1/records/" + id, EDITOR).json();
        ((ObjectNode) draft.get("figures").get(0)).put("value", 3);
        Api.Answer saved = Api.putJson(
                "/api/v1/records/" + id, EDITOR, "\"" + draft.get("version").asLong() + "\"", draft);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, ReadyRecords.step(id, "submit", EDITOR, null).status());

        reviewer.open("/records/" + id + "/review");
        assertFalse(ticked(reviewer, figure), "the figure changed after its tick: it is to be checked again");
        assertTrue(reviewer.find(By.id("fact-" + figure)).getText().contains("before it changed: check it again"));
        assertTrue(ticked(reviewer, place), "the untouched place keeps its tick");
        assertTrue(reviewer.find(By.id("fact-" + figure)).getText().contains("check the wire too"), "comments stay");
        assertTrue(reviewer.find(By.id("review-progress")).getText().startsWith("1 of " + total));

        JsonNode after = facts(id, EDITOR);
        assertEquals(1, after.get("checked").asInt());
        assertEquals(
                "reviewer", fact(after, figure).get("lapsedCheck").get("by").asText());
        assertFalse(fact(after, figure).has("check"));
        assertEquals("Killed: 3", fact(after, figure).get("words").asText());
    }

    @Test
    void theApiTicksCommentsAndRefusesWhoMayNotAndWhatIsNotThere() {
        long id = ReadyRecords.create(EDITOR, "Fact API " + UUID.randomUUID());
        assertEquals(200, ReadyRecords.step(id, "submit", EDITOR, null).status());
        String figure = ref(facts(id, REVIEWER), "figure");

        Api.Answer ticked = check(id, figure, REVIEWER, "PUT");
        assertEquals(200, ticked.status(), ticked.body());
        assertEquals(1, ticked.json().get("checked").asInt());
        assertEquals(
                "reviewer", fact(ticked.json(), figure).get("check").get("by").asText());
        Api.Answer unticked = check(id, figure, REVIEWER, "DELETE");
        assertEquals(200, unticked.status(), unticked.body());
        assertEquals(0, unticked.json().get("checked").asInt());

        Api.Answer commented = comment(id, figure, REVIEWER, "{\"text\": \"Is it two or three?\"}");
        assertEquals(201, commented.status(), commented.body());
        assertEquals(
                "Is it two or three?",
                fact(commented.json(), figure)
                        .get("comments")
                        .get(0)
                        .get("text")
                        .asText());

        assertProblem(check(id, figure, EDITOR, "PUT"), 403);
        assertProblem(comment(id, figure, EDITOR, "{\"text\": \"mine\"}"), 403);
        assertProblem(check(id, "figure-000000000000", REVIEWER, "PUT"), 404);
        assertProblem(check(id, "places%5B0%5D", REVIEWER, "PUT"), 404);
        Api.Answer empty = comment(id, figure, REVIEWER, "{\"text\": \"   \"}");
        assertProblem(empty, 400);
        assertEquals(Set.of("text"), fieldsOf(empty));
        Api.Answer tooLong = comment(id, figure, REVIEWER, "{\"text\": \"" + "x".repeat(4001) + "\"}");
        assertProblem(tooLong, 400);
        assertEquals(Set.of("text"), fieldsOf(tooLong));
        Api.Answer unknownField = comment(id, figure, REVIEWER, "{\"text\": \"ok\", \"fact\": 1}");
        assertProblem(unknownField, 400);

        long own = ReadyRecords.create(REVIEWER, "Own fact API " + UUID.randomUUID());
        assertEquals(200, ReadyRecords.step(own, "submit", REVIEWER, null).status());
        String ownFigure = ref(facts(own, REVIEWER), "figure");
        assertFalse(facts(own, REVIEWER).get("mayCheck").asBoolean());
        assertProblem(check(own, ownFigure, REVIEWER, "PUT"), 409, "Four eyes");

        long draft = ReadyRecords.create(EDITOR, "Draft fact API " + UUID.randomUUID());
        assertProblem(check(draft, ref(facts(draft, REVIEWER), "figure"), REVIEWER, "PUT"), 409, "in review");
        JsonNode stored = facts(id, EDITOR);
        assertEquals(0, stored.get("checked").asInt(), "no refused tick was stored");
        assertEquals(1, fact(stored, figure).get("comments").size(), "no refused comment was stored");
    }
}
