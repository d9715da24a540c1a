package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The extraction assistant as editors meet it: suggestions marked in the source's text, accepted into the
 * record being edited with one click (evidence included), a place or actor once with every mention, times in
 * the zone of the story's places, buttons a screen reader can tell apart, rejected for good; and the same through
 * the API.
 */
@ExtendWith(BrowserExtension.class)
class SuggestionJourneyIT {

    @Test
    void anEditorAcceptsSuggestedFiguresIntoTheRecordAndRejectsOneForGood(BrowserSession browser) {
        long sourceId = Desk.sampleSource().get("id").asLong();
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
    void anEditorAddsKyivOnceWithEveryMentionAPlaceAsTheArticleSpellsItAndTheTimeInKyivsZone(BrowserSession browser) {
        long sourceId = Desk.sampleSource().get("id").asLong();
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/records/new?source=" + sourceId);
        browser.click(By.cssSelector("#editor-suggestions vaadin-details-summary"));
        row(browser, "place", "Kyiv");

        List<WebElement> kyivRows = browser.findAll(By.cssSelector("#editor-suggestions .suggestion-place")).stream()
                .filter(r -> r.getText().startsWith("Kyiv "))
                .toList();
        assertEquals(1, kyivRows.size(), "Kyiv is one row, not one per mention");
        WebElement kyiv = kyivRows.get(0);
        assertTrue(kyiv.getText().contains("7 mentions"), kyiv.getText());
        WebElement addKyiv = kyiv.findElement(By.cssSelector(".accept-suggestion"));
        assertEquals("Add place Kyiv (7 mentions)", addKyiv.getDomAttribute("aria-label"));

        List<String> names = browser.findAll(By.cssSelector("#editor-suggestions .accept-suggestion")).stream()
                .map(b -> b.getDomAttribute("aria-label"))
                .toList();
        assertTrue(names.size() > 20, names::toString);
        assertEquals(names.size(), new HashSet<>(names).size(), () -> "two buttons named alike: " + names);
        assertTrue(names.contains("Add figure: at least 46 injured"), names::toString);
        assertTrue(names.stream().allMatch(n -> n.startsWith("Add ") && n.length() > 10), names::toString);
        List<String> hideNames = browser.findAll(By.cssSelector("#editor-suggestions .reject-suggestion")).stream()
                .map(b -> b.getDomAttribute("aria-label"))
                .toList();
        assertEquals(hideNames.size(), new HashSet<>(hideNames).size(), () -> "two buttons named alike: " + hideNames);

        browser.click(addKyiv);
        WebElement card = browser.last(By.cssSelector(".place-card"));
        browser.waiting()
                .until(d -> card.findElements(By.cssSelector(".evidence-quote")).size() == 7);
        assertEquals(1, browser.findAll(By.cssSelector(".place-card")).size(), "one place, not seven");

        WebElement zaporizhzhia = row(browser, "place", "Zaporizhzhia");
        assertTrue(zaporizhzhia.getText().contains("gazetteer: Zaporizhia"), zaporizhzhia.getText());
        browser.click(zaporizhzhia.findElement(By.cssSelector(".accept-suggestion")));
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector(".place-card")).size() == 2);
        assertEquals(
                "Zaporizhia",
                browser.last(By.cssSelector(".place-card"))
                        .findElement(By.cssSelector(".place-alias input"))
                        .getDomProperty("value"),
                "the gazetteer's spelling kept as the alias");

        WebElement overnight = row(browser, "time", "“overnight on Friday”");
        browser.click(overnight.findElement(By.cssSelector(".accept-suggestion")));
        browser.waiting().until(d -> "Europe/Kyiv"
                .equals(d.findElement(By.cssSelector("#record-zone input")).getDomProperty("value")));

        browser.fill("record-title-field", "Overnight strike on Kyiv, grouped suggestions");
        browser.click("save-record");
        browser.waitForPath("/records/\\d+/edit");
        String id = browser.currentPath().replaceAll("\\D+", "");
        JsonNode record = Api.get("/api/v1/records/" + id, "demo-editor-token").json();
        assertEquals(2, record.get("places").size(), record.toString());
        JsonNode place = record.get("places").get(0);
        assertEquals("Kyiv", place.get("name").asText());
        assertEquals(7, place.get("evidence").size(), place.toString());
        place.get("evidence").forEach(e -> assertEquals("Kyiv", e.get("quote").asText()));
        assertTrue(place.path("alias").isMissingNode() || place.get("alias").isNull(), place.toString());
        JsonNode written = record.get("places").get(1);
        assertEquals("Zaporizhzhia", written.get("name").asText(), "named as the article writes it");
        assertEquals("Zaporizhia", written.get("alias").asText());
        assertEquals(
                "Europe/Kyiv",
                record.get("time").get("zone").asText(),
                record.get("time").toString());
        assertEquals(
                OffsetDateTime.parse("2025-12-26T00:00+02:00"),
                OffsetDateTime.parse(record.get("time").get("start").asText()),
                "midnight starting the Friday night, Kyiv time");
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
        JsonNode source = Desk.sampleSource();
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
        assertEquals("Europe/Kyiv", time.get("zone").asText(), "+02:00 in December is Kyiv's offset");
        JsonNode overnight = s.get("times").findParents("text").stream()
                .filter(t -> "overnight on Friday".equals(t.get("text").asText()))
                .findFirst()
                .orElseThrow();
        assertEquals("Europe/Kyiv", overnight.get("zone").asText(), overnight.toString());

        List<JsonNode> kyiv = new ArrayList<>();
        s.get("places").forEach(p -> {
            if (p.get("name").asText().equals("Kyiv")) {
                kyiv.add(p);
            }
        });
        assertEquals(1, kyiv.size(), "one place however often the article names it");
        JsonNode mentions = kyiv.get(0).get("mentions");
        assertEquals(7, mentions.size(), kyiv.get(0).toString());
        mentions.forEach(m -> assertEquals(
                "Kyiv", text.substring(m.get("start").asInt(), m.get("end").asInt())));
        assertEquals(mentions.get(0).get("start"), kyiv.get(0).get("start"), "start and end are the first mention's");
        assertEquals("Europe/Kyiv", kyiv.get(0).get("zone").asText());
        assertEquals("Kyiv", kyiv.get(0).get("gazetteerName").asText());
        Set<String> actors = new HashSet<>();
        s.get("actors").forEach(a -> {
            assertTrue(actors.add(a.get("kind").asText() + " " + a.get("name").asText()), "listed twice: " + a);
            assertTrue(a.get("mentions").size() >= 1, a.toString());
        });
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
        JsonNode oneKyiv = mentions.get(2);
        assertEquals(
                204,
                Api.postJson(
                                "/api/v1/sources/" + id + "/suggestions/rejections",
                                "demo-editor-token",
                                "{\"kind\": \"place\", \"start\": " + oneKyiv.get("start") + ", \"end\": "
                                        + oneKyiv.get("end") + "}")
                        .status());
        JsonNode after = Api.get("/api/v1/sources/" + id + "/suggestions", "demo-editor-token")
                .json();
        assertEquals(s.get("figures").size() - 1, after.get("figures").size());
        JsonNode kyivAfter = after.get("places").findParents("gazetteerName").stream()
                .filter(p -> p.get("name").asText().equals("Kyiv"))
                .findFirst()
                .orElseThrow();
        assertEquals(6, kyivAfter.get("mentions").size(), "one mention rejected, the others kept");
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
