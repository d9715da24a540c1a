package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Full-text search on the deployed desk: the API's {@code q} through the index (stemmed, ranked on request, the
 * time orders kept), the admin's re-index command, and the records grid marking the matched words in Chromium.
 */
@ExtendWith(BrowserExtension.class)
class FullTextSearchIT {
    private static final String EDITOR = "demo-editor-token";
    private static final String ADMIN = "demo-admin-token";

    private static String marker() {
        return "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static long create(String title, String summary) {
        ObjectNode record = Api.object();
        record.put("type", "OTHER");
        record.put("title", title);
        if (summary != null) {
            record.put("summary", summary);
        }
        Api.Answer answer = Api.postJson("/api/v1/records", EDITOR, record);
        assertEquals(201, answer.status(), answer.body());
        return answer.json().get("id").asLong();
    }

    private static List<Long> ids(String query) {
        Api.Answer answer = Api.get("/api/v1/records?" + query, EDITOR);
        assertEquals(200, answer.status(), answer.body());
        List<Long> ids = new ArrayList<>();
        answer.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void theApiSearchesStemmedWordsInItsTimeOrderOrByRelevance() {
        String marker = marker();
        long inTitle = create("Drones over the dam " + marker, null);
        long inSummary = create("Night attack " + marker, "A drone hit the substation.");
        long neither = create("Market fire " + marker, null);

        assertEquals(List.of(inSummary, inTitle), ids(q("drone " + marker)), "latest change first, as without q");
        assertEquals(List.of(inTitle, inSummary), ids(q("drone " + marker) + "&order=relevance"), "title first");
        assertEquals(List.of(neither), ids(q(marker + " -drone")));

        // Relevance pages by position: two pages of one, then none.
        Api.Answer first = Api.get("/api/v1/records?" + q("drone " + marker) + "&order=relevance&limit=1", EDITOR);
        assertEquals(inTitle, first.json().get("items").get(0).get("id").asLong());
        String next = first.json().get("next").asText();
        Api.Answer second =
                Api.get("/api/v1/records?" + q("drone " + marker) + "&order=relevance&limit=1&cursor=" + next, EDITOR);
        assertEquals(inSummary, second.json().get("items").get(0).get("id").asLong(), second.body());
        assertTrue(second.json().get("next").isNull(), second.body());

        for (String odd : List.of("\"((", "a AND", "~1^2", "*", "\\", "[x TO y]")) {
            Api.Answer answer = Api.get("/api/v1/records?" + q(odd + " " + marker), EDITOR);
            assertEquals(200, answer.status(), odd + ": " + answer.body());
        }
    }

    @Test
    void anAdminRebuildsTheIndexAndEveryRecordIsFoundAfterwards() throws InterruptedException {
        String marker = marker();
        long id = create("Flooded warehouses " + marker, null);

        assertEquals(
                403, Api.postJson("/api/v1/search-index/rebuild", EDITOR, "").status());
        Api.Answer started = Api.postJson("/api/v1/search-index/rebuild", ADMIN, "");
        assertTrue(started.status() == 202 || started.status() == 409, started.body());

        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode state;
        do {
            Thread.sleep(200);
            state = Api.get("/api/v1/search-index", ADMIN).json();
        } while (state.get("running").asBoolean() && System.nanoTime() < deadline);
        assertFalse(state.get("running").asBoolean(), state.toString());
        assertFalse(state.get("lastFinished").isNull(), state.toString());
        assertTrue(state.get("lastFailure").isNull(), state.toString());

        assertEquals(List.of(id), ids(q("warehouse flood " + marker)));
    }

    @Test
    void theGridMarksTheMatchedWords(BrowserSession browser) {
        String marker = marker();
        create("Drones struck the port " + marker, "Officials said the drone attack lasted an hour.");
        create("<b>Drone</b> seen over the harbour " + marker, null);
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/records");
        browser.fill("record-search", "drone " + marker);

        List<String> marked = browser.waiting().until(d -> {
            List<String> words = d.findElements(By.cssSelector("#records-grid vaadin-grid-cell-content mark")).stream()
                    .filter(WebElement::isDisplayed)
                    .map(WebElement::getText)
                    .toList();
            return words.contains("Drones") ? words : null;
        });
        assertTrue(marked.contains(marker), marked.toString());
        assertTrue(marked.contains("drone"), "the summary's excerpt: " + marked);
        // The cell is drawn in the browser from the title's pieces: a title's markup stays the text it is.
        assertTrue(
                browser.gridTexts("records-grid").contains("<b>Drone</b> seen over the harbour " + marker),
                browser.gridTexts("records-grid").toString());
        assertTrue(
                browser.findAll(By.cssSelector("#records-grid vaadin-grid-cell-content b"))
                        .isEmpty(),
                "no <b> element is made from a title");
        browser.openGridRow("records-grid", text -> text.startsWith("Drones struck the port " + marker));
        browser.waitForPath("/records/\\d+");
    }
}
