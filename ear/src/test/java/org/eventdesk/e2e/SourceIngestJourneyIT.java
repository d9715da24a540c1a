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
    void anUploadedHtmlPageIsCleanedAndItsMetaTagsPrefillTheForm(BrowserSession browser) throws Exception {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        java.nio.file.Path page = java.nio.file.Files.createTempFile("article-", ".html");
        java.nio.file.Files.writeString(
                page,
                "<html lang=\"en\"><head>"
                        + "<meta property=\"og:title\" content=\"Bridge reopens after repairs " + marker + "\">"
                        + "<meta property=\"og:site_name\" content=\"Upload Gazette\">"
                        + "<meta name=\"author\" content=\"Una Uploader\">"
                        + "<meta property=\"article:published_time\" content=\"2025-12-27T08:00:00+01:00\">"
                        + "</head><body><nav>Home | News</nav><article><p>The bridge reopened on Saturday after two weeks of"
                        + " repairs, the city said (" + marker + ").</p><div class=\"newsletter-box\">Sign up</div>"
                        + "</article><footer>Copyright</footer></body></html>");
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/sources/new");

        org.openqa.selenium.WebElement upload = browser.find(By.id("upload"));
        org.openqa.selenium.WebElement fileInput =
                upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(page.toAbsolutePath().toString());
        browser.waiting().until(d -> browser.value("cleaned-text").contains("The bridge reopened on Saturday"));

        assertEquals("Bridge reopens after repairs " + marker, browser.value("source-title"));
        assertEquals("Upload Gazette", browser.value("source-outlet-field"));
        assertEquals("Una Uploader", browser.value("source-author"));
        assertFalse(browser.value("cleaned-text").contains("Sign up"));
        assertFalse(browser.value("cleaned-text").contains("Home | News"));
        browser.click("save-source");
        browser.waitForPath("/sources/\\d+");
        assertEquals(
                "Bridge reopens after repairs " + marker,
                browser.find(By.id("source-heading")).getText());
    }

    @Test
    void savingWithMissingFieldsMarksThemAndLosesNothingTyped(BrowserSession browser) {
        String article = Desk.freshArticleWithChrome("Flood warnings issued for the river valley towns");
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/sources/new");
        browser.paste("raw-input", article);
        browser.fill("source-title", "My corrected headline");

        browser.click("save-source");

        assertTrue(browser.find(By.id("source-outlet-field")).getDomAttribute("invalid") != null, "outlet is marked");
        assertTrue(
                browser.find(By.id("source-published")).getDomAttribute("invalid") != null,
                "publication time is marked");
        assertTrue(browser.pageText().contains("Name the outlet that published it"), browser.pageText());
        assertTrue(browser.currentPath().startsWith("/sources/new"), "still on the form");
        assertEquals("My corrected headline", browser.value("source-title"));
        assertEquals(article, browser.value("raw-input"));
        assertTrue(browser.value("cleaned-text").contains("Firefighters worked until early morning"));

        // Leaving the unsaved form asks first; keeping on editing loses nothing, discarding leaves.
        By recordsLink = By.cssSelector("vaadin-side-nav-item[path='records']");
        By discardDialog = By.cssSelector("vaadin-confirm-dialog-overlay[opened]");
        browser.click(recordsLink);
        browser.waiting().until(d -> !d.findElements(discardDialog).isEmpty());
        browser.click(By.cssSelector("vaadin-button[slot='cancel-button']"));
        browser.waiting().until(d -> d.findElements(discardDialog).isEmpty());
        assertTrue(browser.currentPath().startsWith("/sources/new"), "kept editing");
        assertEquals("My corrected headline", browser.value("source-title"));
        browser.click(recordsLink);
        browser.waiting().until(d -> !d.findElements(discardDialog).isEmpty());
        browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
        browser.waitForPath("/records");
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
