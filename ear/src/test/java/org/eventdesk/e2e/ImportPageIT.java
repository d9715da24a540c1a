package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * The admin's Import page in a real browser: an ACLED file chosen there is imported in the background, the page
 * follows it to the end (progress, counts), lists the first rejected rows by row and column and downloads the full
 * report; a file that is not ACLED's is refused on the page, naming what it lacks; only admins get the page.
 */
@ExtendWith(BrowserExtension.class)
class ImportPageIT {

    private static Path written(String name, String content) throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "import-page"));
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String text(BrowserSession browser, String id) {
        return browser.find(By.id(id)).getText().strip();
    }

    @Test
    void anAdminImportsAFileFollowsItToTheEndAndReadsItsRejectedRows(BrowserSession browser) throws Exception {
        String run = AcledFiles.run();
        Path file = written("acled-" + run + ".csv", AcledFiles.sample(run));

        browser.logIn("admin", Desk.DEMO_PASSWORD);
        browser.open("/records");
        browser.click(browser.find(By.cssSelector("#admin-nav vaadin-side-nav-item[path='admin/imports']")));
        browser.waitForPath("/admin/imports");

        browser.uploadFile("import-upload", file);
        // The page redraws the import it follows every second while it runs: an element read may be replaced under
        // the reading, so the waits read again.
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> text(browser, "import-followed")
                .contains("acled-" + run + ".csv"));
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> text(browser, "import-status")
                .equals("Done"));

        assertEquals("3 imported · 0 already there (skipped) · 2 rejected", text(browser, "import-counts"));
        assertEquals("5 of 5 rows read", text(browser, "import-progress-text").replaceAll(" · .*", ""));
        assertEquals("1", browser.find(By.id("import-progress")).getDomProperty("value"));
        List<String> problems = browser.gridTexts("import-problems");
        assertTrue(problems.contains("event_date"), problems.toString());
        assertTrue(problems.contains("latitude"), problems.toString());
        assertTrue(problems.contains("6"), "row 6 is named: " + problems);
        browser.waitForGridCell("imports-grid", t -> t.equals("acled-" + run + ".csv"));
        browser.screenshot("ImportPageIT-done");

        // The full report, as the page's link downloads it in the admin's session.
        String href = browser.find(By.id("import-report")).getDomAttribute("href");
        HttpResponse<String> report = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Desk.url("/" + href.replaceFirst("^/", ""))))
                                .header("Cookie", "JSESSIONID=" + browser.sessionCookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, report.statusCode(), report.body());
        String[] lines = report.body().strip().split("\r?\n");
        assertEquals("row,field,message", lines[0]);
        assertEquals(6, lines.length, report.body());

        // The records are in the desk, as drafts the admin imported.
        JsonNode items = Api.get("/api/v1/records?place=Kharkiv-" + run, ArchiveImportIT.EDITOR)
                .json()
                .get("items");
        assertEquals(1, items.size(), items.toString());
        assertEquals("DRAFT", items.get(0).get("status").asText());
    }

    @Test
    void aFileThatIsNotAnAcledExportIsRefusedOnThePageNamingWhatItLacks(BrowserSession browser) throws Exception {
        Path file = written("not-acled.csv", "id,date\n1,2024-05-26\n");
        browser.logIn("admin", Desk.DEMO_PASSWORD);
        browser.open("/admin/imports");
        browser.uploadFile("import-upload", file);
        browser.waiting().until(d -> browser.find(By.id("import-error")).isDisplayed());
        String error = text(browser, "import-error");
        assertTrue(error.startsWith("The file is not an ACLED CSV file: its header lacks event_id_cnty"), error);
        assertFalse(text(browser, "import-followed").contains("not-acled.csv"), "no import was started");
    }

    @Test
    void anAdminImportsTheDesksOwnJsonExportChoosingItsFormat(BrowserSession browser) throws Exception {
        String word = PublishedRecords.nonce();
        PublishedRecords.record("Night strike on Odesa port " + word)
                .summary("Drones hit the port of Odesa overnight.", "Drones hit the port of Odesa overnight")
                .place("Odesa", "UA", 46.4825, 30.7233, "the port of Odesa")
                .figure("INJURED", "EXACT", 3, "three dock workers were injured")
                .source("Suspilne", "Odesa port hit", null)
                .publish();
        JsonNode listed;
        java.time.Instant until = java.time.Instant.now().plusSeconds(20);
        do {
            Thread.sleep(300);
            listed = Api.get("/api/v1/events?q=" + word, null).json().get("items");
        } while (listed.size() < 1 && java.time.Instant.now().isBefore(until));
        Path file = written("events-" + word + ".json", listed.toString());

        browser.logIn("admin", Desk.DEMO_PASSWORD);
        browser.open("/admin/imports");
        browser.click(browser.find(By.cssSelector("#import-format vaadin-radio-button:nth-of-type(2)")));
        browser.uploadFile("import-upload", file);
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> text(browser, "import-followed")
                .contains("events-" + word + ".json"));
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> text(browser, "import-status")
                .equals("Done"));
        assertEquals("1 imported · 0 already there (skipped) · 0 rejected", text(browser, "import-counts"));
        browser.waitForGridCell("imports-grid", t -> t.equals("An Event Desk export (its CSV or its JSON)"));

        // The original and its copy, once the search index has followed the import.
        JsonNode items;
        until = java.time.Instant.now().plusSeconds(20);
        do {
            Thread.sleep(300);
            items = Api.get("/api/v1/records?q=" + word, ArchiveImportIT.EDITOR)
                    .json()
                    .get("items");
        } while (items.size() < 2 && java.time.Instant.now().isBefore(until));
        boolean copied = false;
        for (JsonNode item : items) {
            copied |= item.get("status").asText().equals("DRAFT");
        }
        assertTrue(copied, "the record came back as a draft: " + items);
    }

    @Test
    void theImportPageIsTheAdminsOnly(BrowserSession browser) {
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/admin/imports");
        assertTrue(browser.findAll(By.id("import-upload")).isEmpty(), "an editor gets no upload");
        assertFalse(browser.pageText().contains("Import an archive"), browser.pageText());
    }
}
