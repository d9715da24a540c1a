package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An editor drafts the records an article reports in one go: the assistant proposes several events, each with
 * its facts beside the article's words; the editor ticks one, corrects its title, unticks a fact and creates it
 * as a draft. Nothing is saved before that, and what is saved is exactly what was left ticked.
 */
@ExtendWith(BrowserExtension.class)
class DraftFromArticleJourneyIT {

    @Test
    void anEditorCreatesOneOfTheProposedRecordsWithAFactPrunedAndNothingElseIsSaved(BrowserSession browser) {
        long sourceId = Desk.sampleSource().get("id").asLong();
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/sources/" + sourceId);
        int draftsBefore = browser.queueCount("my-drafts");

        browser.click("draft-records");
        browser.find(By.id("draft-records-dialog"));
        List<WebElement> proposals = browser.findAll(By.cssSelector(".draft-proposal"));
        assertTrue(proposals.size() >= 2, "the sample reports several events, proposed: " + proposals.size());
        WebElement create = browser.find(By.id("create-drafts"));
        assertTrue(create.getDomAttribute("disabled") != null, "nothing can be created before an event is ticked");

        // Cancelling saves nothing.
        browser.click("cancel-drafts");
        browser.waiting()
                .until(d -> d.findElements(By.id("draft-records-dialog")).isEmpty());
        assertEquals(
                "No record quotes this source yet.",
                browser.find(By.id("records-citing")).getText());

        browser.click("draft-records");
        // The first proposal that names a place (a planned meeting may name none yet).
        int chosen = -1;
        for (int i = 0; chosen < 0 && i < proposals.size(); i++) {
            if (!browser.findAll(By.cssSelector("#draft-" + i + " .draft-places .draft-fact"))
                    .isEmpty()) {
                chosen = i;
            }
        }
        assertTrue(chosen >= 0, "some proposed event has its places");
        String draft = "draft-" + chosen;
        WebElement event = browser.find(By.id(draft));
        List<WebElement> figures = event.findElements(By.cssSelector(".draft-figures .draft-fact"));
        List<WebElement> places = event.findElements(By.cssSelector(".draft-places .draft-fact"));
        assertTrue(
                event.findElement(By.cssSelector(".draft-places .draft-evidence"))
                        .getText()
                        .contains("“"),
                "facts come with the article's words: " + event.getText());

        browser.screenshot("DraftFromArticleJourneyIT-proposals");
        String title = "Drafted from the article " + UUID.randomUUID();
        browser.click(draft + "-create");
        browser.fill(draft + "-title", title);
        String droppedPlace = places.get(0).getText();
        browser.click(draft + "-places-0");
        browser.click("create-drafts");

        browser.waiting()
                .until(d -> d.findElements(By.id("draft-records-dialog")).isEmpty());
        WebElement link = browser.waiting().until(d -> d.findElements(By.cssSelector("#records-citing a")).stream()
                .filter(a -> a.getText().equals(title))
                .findFirst()
                .orElse(null));
        assertEquals(1, browser.findAll(By.cssSelector("#records-citing a")).size(), "only the ticked event is saved");
        browser.waiting().until(d -> browser.queueCount("my-drafts") == draftsBefore + 1); // counted at once

        String id = link.getDomAttribute("href").replaceAll("\\D+", "");
        JsonNode record = Api.get("/api/v1/records/" + id, "demo-editor-token").json();
        assertEquals("DRAFT", record.get("status").asText());
        assertEquals(title, record.get("title").asText());
        assertEquals(places.size() - 1, record.get("places").size(), "the unticked place is left out");
        record.get("places")
                .forEach(p ->
                        assertTrue(!droppedPlace.startsWith(p.get("name").asText() + ","), "dropped: " + droppedPlace));
        assertEquals(figures.size(), record.get("figures").size());
        record.get("figures")
                .forEach(f -> assertTrue(
                        f.get("evidence").get(0).get("quote").asText().length() > 0,
                        "every figure keeps its evidence"));
    }
}
