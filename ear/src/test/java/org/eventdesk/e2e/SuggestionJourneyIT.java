package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The extraction assistant as editors meet it: suggestions marked in the source's text, accepted into the
 * record being edited with one click (evidence included), rejected for good; and the same through the API.
 */
@ExtendWith(BrowserExtension.class)
class SuggestionJourneyIT {

    /** The sample article as a source of this test's own (a marker keeps it apart from the demo copy). */
    private static JsonNode sampleSource() {
        ObjectNode source = Api.object();
        source.put("title", "Zelensky prepares for crucial peace talks");
        source.put("outlet", "The Independent");
        source.put("publishedAt", "2025-12-27T15:00:00+00:00");
        source.put("kind", "NEWS_ARTICLE");
        // The marker goes inside the body: after the article's end the cleaner drops short lines as page chrome.
        source.put(
                "text",
                Desk.sampleArticle()
                        .replace(
                                "He also said he expected",
                                "He also said (ref " + UUID.randomUUID() + ") he expected"));
        Api.Answer created = Api.postJson("/api/v1/sources", "demo-editor-token", source);
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    @Test
    void anEditorAcceptsSuggestedFiguresIntoTheRecordAndRejectsOneForGood(BrowserSession browser) {
        long sourceId = sampleSource().get("id").asLong();
        browser.logIn("editor", Desk.DEMO_PASSWORD);

        browser.open("/sources/" + sourceId);
        assertTrue(
                browser.findAll(By.cssSelector("#source-text mark.suggestion-figure"))
                                .size()
                        >= 6,
                "figures are marked in the text");

        browser.open("/records/new?source=" + sourceId);
        browser.click(By.cssSelector("#editor-suggestions vaadin-details-summary"));
        WebElement drones = row(browser, "figure", "“almost 500”");
        browser.click(drones.findElement(By.cssSelector(".accept-suggestion")));
        WebElement card = browser.last(By.cssSelector(".figure-card"));
        assertTrue(card.getText().contains("“almost 500” — The Independent"), card.getText());
        assertEquals(
                "500", card.findElement(By.cssSelector(".figure-value input")).getDomProperty("value"));

        WebElement injured = row(browser, "figure", "“at least 46”");
        browser.click(injured.findElement(By.cssSelector(".accept-suggestion")));
        WebElement children = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#editor-suggestions .suggestion-figure")).stream()
                        .filter(r -> r.getText().contains("children"))
                        .findFirst()
                        .orElse(null));
        browser.click(children.findElement(By.cssSelector(".accept-suggestion")));
        WebElement childCard = browser.last(By.cssSelector(".figure-card"));
        assertTrue(
                childCard
                        .findElement(By.cssSelector(".figure-parent"))
                        .getText()
                        .contains("#2"),
                "the children figure is part of the injured one: " + childCard.getText());

        WebElement year = row(browser, "place", "");
        String rejectedSpan = year.getDomAttribute("data-span");
        browser.click(year.findElement(By.cssSelector(".reject-suggestion")));
        browser.waiting().until(d -> d.findElements(
                        By.cssSelector("#editor-suggestions .suggestion-place[data-span='" + rejectedSpan + "']"))
                .isEmpty());

        browser.fill("record-title-field", "Strike on Kyiv from suggestions");
        browser.click("save-record");
        browser.waitForPath("/records/\\d+/edit");
        String id = browser.currentPath().replaceAll("\\D+", "");
        JsonNode record = Api.get("/api/v1/records/" + id, "demo-editor-token").json();
        assertEquals(
                "APPROXIMATE", record.get("figures").get(0).get("qualifier").asText());
        assertEquals(
                "almost 500",
                record.get("figures").get(0).get("evidence").get(0).get("quote").asText());
        assertEquals(1, record.get("figures").get(2).get("parent").asInt());

        JsonNode after = Api.get("/api/v1/sources/" + sourceId + "/suggestions", "demo-editor-token")
                .json();
        after.get("places")
                .forEach(p -> assertFalse(
                        (p.get("start").asInt() + "-" + p.get("end").asInt()).equals(rejectedSpan),
                        "the rejected place stays hidden"));
    }

    @Test
    void anEditorAboutToDuplicateARecordIsOfferedToAddTheSourceToItInstead(BrowserSession browser) {
        String town = "Dupeville " + UUID.randomUUID().toString().substring(0, 8);
        long existing = ReadyRecords.create("demo-editor-token", "Drone strike on " + town, town);
        long sourceId = ReadyRecords.source("demo-editor2-token").get("id").asLong();
        browser.logIn("editor2", Desk.DEMO_PASSWORD);

        browser.open("/records/new?source=" + sourceId);
        browser.pick(browser.find(By.id("record-type")), "Shelling", "— Shelling/artillery/missile attack");
        browser.setValue("record-start", "2025-12-27T14:00");
        assertFalse(sameEventShown(browser), "nothing to compare before a place is named");
        browser.click("add-place");
        browser.typeIn(browser.last(By.cssSelector(".place-card")), "place-name", town);

        WebElement offered = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#same-event .same-event-record")).stream()
                        .filter(r -> r.getText().contains("(#" + existing + ")"))
                        .findFirst()
                        .orElse(null));
        browser.click(offered.findElement(By.cssSelector(".add-source-there")));
        By discardDialog = By.cssSelector("vaadin-confirm-dialog-overlay[opened]");
        browser.waiting().until(d -> !d.findElements(discardDialog).isEmpty());
        browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));

        browser.waitForPath("/records/" + existing + "/edit\\?source=" + sourceId);
        browser.waiting().until(d -> d.findElement(By.cssSelector("#source-picker input"))
                .getDomProperty("value")
                .contains("(#" + sourceId + ")"));
        assertFalse(sameEventShown(browser), "an existing record is not offered itself");
    }

    @Test
    void theApiListsSuggestionsWithSpansIntoTheCleanedText() {
        JsonNode source = sampleSource();
        String text = source.get("text").asText();
        long id = source.get("id").asLong();

        Api.Answer answer = Api.get("/api/v1/sources/" + id + "/suggestions", "demo-editor-token");

        assertEquals(200, answer.status(), answer.body());
        JsonNode s = answer.json();
        for (String kind : new String[] {"figures", "times", "places", "actors", "quotes"}) {
            assertTrue(s.get(kind).size() > 0, kind + " found");
        }
        boolean sawApprox = false;
        for (JsonNode f : s.get("figures")) {
            assertEquals(
                    f.get("text").asText(),
                    text.substring(f.get("start").asInt(), f.get("end").asInt()));
            sawApprox |= f.get("qualifier").asText().equals("APPROXIMATE")
                    && f.get("value").asInt() == 500;
        }
        assertTrue(sawApprox, "almost 500 drones");
        JsonNode time = s.get("times").findParents("utc").stream()
                .filter(t -> "2025-12-27T09:20:00Z".equals(t.get("utc").asText()))
                .findFirst()
                .orElseThrow();
        assertTrue(time.get("text").asText().contains("11.20am"), time.toString());
        assertEquals(
                403,
                Api.get("/api/v1/sources/" + id + "/suggestions", "demo-partner-token")
                        .status());
        assertEquals(
                404,
                Api.get("/api/v1/sources/999999999/suggestions", "demo-editor-token")
                        .status());

        JsonNode first = s.get("figures").get(0);
        Api.Answer rejected = Api.postJson(
                "/api/v1/sources/" + id + "/suggestions/rejections",
                "demo-editor-token",
                "{\"kind\": \"figure\", \"start\": " + first.get("start") + ", \"end\": " + first.get("end") + "}");
        assertEquals(204, rejected.status(), rejected.body());
        JsonNode after = Api.get("/api/v1/sources/" + id + "/suggestions", "demo-editor-token")
                .json();
        assertEquals(s.get("figures").size() - 1, after.get("figures").size());
        assertEquals(
                400,
                Api.postJson(
                                "/api/v1/sources/" + id + "/suggestions/rejections",
                                "demo-editor-token",
                                "{\"kind\": \"year\", \"start\": 1, \"end\": 2}")
                        .status());
    }

    /** Whether the editor offers records of the same event (Flow leaves a hidden panel out of the page). */
    private static boolean sameEventShown(BrowserSession browser) {
        return browser.findAll(By.id("same-event")).stream().anyMatch(WebElement::isDisplayed);
    }

    private static WebElement row(BrowserSession browser, String kind, String containing) {
        return browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#editor-suggestions .suggestion-" + kind)).stream()
                        .filter(r -> r.isDisplayed() && r.getText().contains(containing))
                        .findFirst()
                        .orElse(null));
    }
}
