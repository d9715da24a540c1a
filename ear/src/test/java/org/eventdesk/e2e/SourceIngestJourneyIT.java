package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The editor's first job, in the browser: bring a pasted article into the desk, find it, and not add it twice. */
@ExtendWith(BrowserExtension.class)
class SourceIngestJourneyIT {

    private static final String[] CHROME = {
        "Get all your news in one place.",
        "Start reading",
        "Sign up to read this article",
        "Already a member? Sign in here",
        "Related Stories",
        "Top stories on inkl right now",
        "Download the app",
        "100+ trusted global sources."
    };

    @Test
    void editorPastesAnArticleSavesItFindsItAndIsSentToItWhenPastingAgain(BrowserSession browser) {
        String headline = "Warehouse fire in the port district forces evacuations";
        String article = Desk.freshArticleWithChrome(headline);
        browser.logIn("editor", Desk.DEMO_PASSWORD);

        browser.open("/sources/new");
        browser.paste("raw-input", article);

        String cleaned = browser.value("cleaned-text");
        for (String chrome : CHROME) {
            assertFalse(cleaned.contains(chrome), () -> "chrome line left in the cleaned text: " + chrome);
        }
        assertTrue(cleaned.contains("Firefighters worked until early morning"), cleaned);
        String title = browser.value("source-title");
        assertTrue(title.startsWith(headline), "the headline prefills the title: " + title);
        assertEquals("Tessa Tester", browser.value("source-author"));

        browser.fill("source-outlet-field", "The Test Gazette");
        browser.setValue("source-published", "2025-12-27T11:20");
        browser.click("save-source");

        browser.waitForPath("/sources/\\d+");
        String sourcePath = browser.currentPath();
        assertEquals(title, browser.find(By.id("source-heading")).getText());
        String shownText = browser.find(By.id("source-text")).getText();
        assertTrue(shownText.contains("Officials said 12 people were injured"), shownText);
        assertFalse(shownText.contains("Sign up to read this article"), shownText);

        browser.open("/sources");
        browser.fill("source-search", title.substring(title.length() - 8));
        browser.waitForVaadin();
        var cell = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#sources-grid vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().equals(title))
                        .findFirst()
                        .orElse(null));
        cell.click();
        browser.waitForPath("/sources/\\d+");
        assertEquals(sourcePath, browser.currentPath());

        browser.open("/sources/new");
        browser.paste("raw-input", article);
        browser.waitForPath("/sources/\\d+");
        assertEquals(sourcePath, browser.currentPath(), "pasting the same article again leads to the one stored");
        assertTrue(browser.pageText().contains("already in the desk"), browser.pageText());
    }

    @Test
    void theDemoSampleArticleIsCleanedOfInklChrome(BrowserSession browser) {
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/sources");
        browser.fill("source-search", "Zelensky prepares for crucial peace talks");
        var cell = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#sources-grid vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().startsWith("Zelensky prepares for crucial peace talks"))
                        .findFirst()
                        .orElse(null));
        cell.click();
        browser.waitForPath("/sources/\\d+");
        String text = browser.find(By.id("source-text")).getText();
        assertTrue(text.contains("Russia launched almost 500 drones and 40 missiles"), text);
        for (String chrome : CHROME) {
            assertFalse(text.contains(chrome), () -> "chrome line left: " + chrome);
        }
        browser.click(By.cssSelector("#source-raw-details vaadin-details-summary"));
        assertTrue(
                browser.find(By.id("source-raw")).getText().startsWith("Get all your news in one place."),
                "the raw input is kept verbatim");
    }
}
