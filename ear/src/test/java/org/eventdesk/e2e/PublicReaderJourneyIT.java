package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader on the public pages, in a browser with JavaScript switched off: the list and its filter form, pages of
 * fifty, a record with its facts and quotes, its correction and earlier version, and a retracted record. Every page
 * is checked for what the issue promises of all of them: no cookie, under 100 kB, the record's JSON-LD and links
 * to its other formats; each is kept as a screenshot in target/screenshots.
 */
class PublicReaderJourneyIT {
    private static final String REASON = "The explosion was a planned demolition; our report was wrong.";
    private static final String NOTE = "The injured were 52, not 46.";

    @Test
    void aReaderFiltersReadsARecordItsEarlierVersionAndARetractionWithoutJavaScript() {
        String nonce = PublishedRecords.nonce();
        PublishedRecords.Published strike = PublishedRecords.record("Drone strike on a depot in Lviv " + nonce)
                .time("2025-12-20T04:10:00+02:00", "MINUTE", "Europe/Kyiv")
                .summary("Drones hit a fuel depot in Lviv before dawn.", "Drones hit a fuel depot before dawn")
                .place("Lviv", "UA", 49.8397, 24.0297, "a fuel depot in Lviv")
                .figure("INJURED", "AT_LEAST", 46, "at least 52 people were injured")
                .claim("Regional governor", "No one was killed", null)
                .source("Lviv Test Wire", "Depot hit in Lviv", "https://lviv.example/depot-" + nonce)
                .publish();
        PublishedRecords.correct(strike.id(), NOTE, PublishedRecords.figureValue("INJURED", 52));
        PublishedRecords.Published protest = PublishedRecords.record("Farmers protest in Warsaw " + nonce)
                .type("PROTESTS.PEACEFUL_PROTEST")
                .time("2025-12-19T00:00:00+01:00", "DAY", "Europe/Warsaw")
                .place("Warsaw", "PL", 52.2297, 21.0122, "tractors blocked Warsaw")
                .publish();
        PublishedRecords.Published withdrawn = PublishedRecords.record("Explosion at the port of Odesa " + nonce)
                .time("2025-12-18T22:00:00+02:00", "HOUR", "Europe/Kyiv")
                .place("Odesa", "UA", 46.4825, 30.7233, "an explosion at the port of Odesa")
                .figure("KILLED", "EXACT", 2, "two workers were killed")
                .publish();
        PublishedRecords.retract(withdrawn.id(), REASON);
        // Older records of the same search, enough to fill a page of fifty and start a second.
        for (int i = 0; i < 48; i++) {
            PublishedRecords.record("Earlier incident " + i + " " + nonce)
                    .type("ACCIDENT")
                    .time(String.format("2020-01-%02dT12:00:00Z", 1 + i % 28), "DAY", "UTC")
                    .place("Kherson", "UA", null, null, "an incident in Kherson")
                    .publish();
        }

        try (Reader reader = new Reader()) {
            reader.assertJavaScriptIsOff();

            reader.open("/events");
            reader.checkPage("01-events", Page.LIST);
            reader.type("q", nonce);
            reader.find(By.cssSelector("form.filters button[type=submit]")).click();
            reader.waitForUrl("q=" + nonce);
            reader.checkPage("02-search", Page.LIST);
            assertEquals(50, reader.findAll(By.cssSelector("ol.records > li")).size(), "a page holds fifty");
            assertEquals(nonce, reader.find(By.id("q")).getDomProperty("value"), "the form keeps the filter");
            assertTrue(reader.linkTexts().contains(strike.title()));
            reader.find(By.linkText("Older →")).click();
            reader.waitForUrl("cursor=");
            reader.checkPage("03-older", Page.LIST);
            assertEquals(1, reader.findAll(By.cssSelector("ol.records > li")).size(), "51 records: one more page");
            assertTrue(reader.findAll(By.linkText("Older →")).isEmpty(), "the last page");
            reader.find(By.linkText("← Newer")).click();
            reader.waitFor(
                    d -> reader.findAll(By.cssSelector("ol.records > li")).size() == 50);
            assertTrue(reader.linkTexts().contains(strike.title()), "back on the first page");

            new Select(reader.find(By.id("type"))).selectByValue("EXPLOSIONS_REMOTE_VIOLENCE");
            reader.find(By.cssSelector("form.filters button[type=submit]")).click();
            reader.waitForUrl("type=EXPLOSIONS_REMOTE_VIOLENCE");
            reader.checkPage("04-filtered", Page.LIST);
            List<String> listed = reader.findAll(By.cssSelector("ol.records > li")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(2, listed.size(), "a parent type includes its sub-types; the protest is not one: " + listed);
            assertTrue(listed.get(0).contains(strike.title()), listed.toString());
            assertTrue(listed.get(1).startsWith("Retracted " + withdrawn.title()), listed.toString());

            reader.find(By.linkText(strike.title())).click();
            reader.waitForUrl("/events/" + strike.id());
            reader.checkPage("05-record", Page.RECORD);
            assertEquals(strike.title(), reader.find(By.tagName("h1")).getText());
            WebElement injured = reader.fact("Injured: at least 52");
            WebElement quote = injured.findElement(By.tagName("blockquote"));
            assertTrue(quote.getText().startsWith("“at least 52 people were injured”"), quote.getText());
            WebElement credit = quote.findElement(By.tagName("footer"));
            assertEquals("Lviv Test Wire, Depot hit in Lviv, 27 December 2025", credit.getText());
            WebElement link = credit.findElement(By.tagName("a"));
            assertEquals("Depot hit in Lviv", link.getText());
            assertEquals("https://lviv.example/depot-" + nonce, link.getDomAttribute("href"));
            WebElement correction = reader.find(By.cssSelector("div.notice"));
            assertTrue(correction.getText().contains("Correction (version 2"), correction.getText());
            assertTrue(correction.getText().contains(NOTE), correction.getText());
            assertTrue(correction.getText().contains("Injured: at least 46 → at least 52"), correction.getText());
            assertTrue(reader.pageText().contains(strike.source().outlet()));
            assertFalse(reader.pageText().contains("Reference zq"), "a quote, never the source's text");
            String hash = PublicHttp.json("/api/v1/events/" + strike.id() + "/versions")
                    .at("/versions/1/hash")
                    .asText();
            assertEquals(hash, reader.find(By.cssSelector(".hash")).getText(), "the page shows its log entry's hash");

            reader.find(By.linkText("Version 1")).click();
            reader.waitForUrl("?version=1");
            reader.checkPage("06-version-1", Page.RECORD);
            assertTrue(
                    reader.find(By.cssSelector("p.notice")).getText().startsWith("You are reading version 1"),
                    reader.pageText());
            reader.fact("Injured: at least 46");
            assertTrue(reader.findAll(By.cssSelector("div.notice")).isEmpty(), "version 1 corrected nothing");
            reader.find(By.linkText("read the latest version (2)")).click();
            reader.waitFor(d -> d.getCurrentUrl().endsWith("/events/" + strike.id()));

            reader.open("/events?q=" + nonce + "&type=EXPLOSIONS_REMOTE_VIOLENCE");
            reader.find(By.linkText(withdrawn.title())).click();
            reader.waitForUrl("/events/" + withdrawn.id());
            reader.checkPage("07-retracted", Page.RETRACTED);
            WebElement banner = reader.find(By.cssSelector("[role=alert]"));
            assertTrue(banner.getText().startsWith("This record was retracted"), banner.getText());
            assertTrue(banner.getText().contains(REASON), banner.getText());
            assertTrue(reader.findAll(By.tagName("blockquote")).isEmpty(), "no quotes");
            assertTrue(reader.findAll(By.cssSelector("ul.facts")).isEmpty(), "no facts");
            assertFalse(reader.pageText().contains("two workers were killed"));
            assertEquals(410, PublicHttp.get("/events/" + withdrawn.id()).status());

            assertTrue(reader.cookies().isEmpty(), "no page set a cookie: " + reader.cookies());
            assertFalse(reader.pageText().contains(protest.title()));
        }
    }

    /** The kinds of public page: each promises a little more than the one before. */
    private enum Page {
        RETRACTED,
        LIST,
        RECORD
    }

    /** A browser for reading: the same Chromium as the editors' tests, with JavaScript switched off. */
    private static final class Reader implements AutoCloseable {
        private final WebDriver driver;
        private final WebDriverWait wait;

        Reader() {
            ChromeOptions options = BrowserSession.chromeOptions();
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("profile.managed_default_content_settings.javascript", 2);
            options.setExperimentalOption("prefs", prefs);
            driver = new ChromeDriver(BrowserSession.driverService(), options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(20), BrowserSession.POLL);
        }

        /** A page whose script would change its text: the text stays as written. */
        void assertJavaScriptIsOff() {
            driver.get("data:text/html;charset=utf-8,<p id='p'>off</p>"
                    + "<script>document.getElementById('p').textContent='on'</script>");
            assertEquals("off", driver.findElement(By.id("p")).getText(), "JavaScript must be disabled");
        }

        void open(String path) {
            driver.get(Desk.url(path));
        }

        /**
         * What every public page must be, then a screenshot of it. The size is the page as served, fetched again
         * over HTTP (the browser only shows the document it built from it).
         *
         * @param kind a retracted record's notice links to the feed; a list to its JSON too; a record's page to its
         *     JSON and JSON-LD, which it embeds
         */
        void checkPage(String name, Page kind) {
            screenshot(name);
            String path = driver.getCurrentUrl().substring(Desk.BASE_URL.length());
            PublicHttp.Answer served = PublicHttp.get(path);
            assertTrue(served.bytes().length < 100_000, path + " is " + served.bytes().length + " bytes");
            assertTrue(
                    driver.getPageSource().getBytes(StandardCharsets.UTF_8).length < 100_000,
                    path + " as the browser holds it");
            assertEquals("text/html", served.mediaType());
            assertTrue(cookies().isEmpty(), path + " set a cookie: " + cookies());
            Map<String, String> alternates = new HashMap<>();
            for (WebElement link : findAll(By.cssSelector("link[rel=alternate]"))) {
                alternates.put(link.getDomAttribute("type"), link.getDomAttribute("href"));
            }
            assertEquals("/api/v1/feed.atom", alternates.get("application/atom+xml"), path);
            assertFormat(alternates.get("application/atom+xml"), "application/atom+xml");
            if (kind == Page.RETRACTED) {
                return;
            }
            assertFormat(alternates.get("application/json"), "application/json");
            if (kind == Page.LIST) {
                return;
            }
            String id = path.replaceAll("^/events/([0-9]+).*$", "$1");
            assertEquals("/api/v1/events/" + id, alternates.get("application/json"), path);
            assertEquals("/api/v1/events/" + id + ".jsonld", alternates.get("application/ld+json"), path);
            assertFormat(alternates.get("application/ld+json"), "application/ld+json");
            List<WebElement> scripts = findAll(By.cssSelector("script[type='application/ld+json']"));
            assertEquals(1, scripts.size(), path);
            JsonNode embedded;
            try {
                embedded = Api.JSON.readTree(scripts.get(0).getDomProperty("textContent"));
            } catch (IOException e) {
                throw new UncheckedIOException("the JSON-LD of " + path + " does not parse", e);
            }
            JsonNode event = embedded.at("/@graph/0");
            assertEquals("Event", event.get("@type").asText(), path);
            assertEquals(find(By.tagName("h1")).getText(), event.get("name").asText(), path);
            String version = path.contains("?version=") ? "?" + path.substring(path.indexOf("?") + 1) : "";
            assertEquals(
                    PublicHttp.json("/api/v1/events/" + id + ".jsonld" + version),
                    embedded,
                    "the page embeds the record's JSON-LD, as the API serves it");
        }

        private static void assertFormat(String href, String mediaType) {
            assertEquals(mediaType, PublicHttp.get(href).expect(200).mediaType(), href);
        }

        void screenshot(String name) {
            try {
                Path dir = Path.of(System.getProperty("test.screenshots.dir", "target/screenshots"));
                Files.createDirectories(dir);
                Path file = dir.resolve("PublicReaderJourneyIT-" + name + ".png");
                Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                assertTrue(Files.size(file) > 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The fact (a list item of a facts list) whose line starts with the words. */
        WebElement fact(String line) {
            return findAll(By.cssSelector("ul.facts > li")).stream()
                    .filter(li -> li.getText().startsWith(line))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no fact '" + line + "' on the page:\n" + pageText()));
        }

        void type(String id, String text) {
            WebElement input = find(By.id(id));
            input.clear();
            input.sendKeys(text);
        }

        WebElement find(By by) {
            return wait.until(d -> d.findElement(by));
        }

        List<WebElement> findAll(By by) {
            return driver.findElements(by);
        }

        List<String> linkTexts() {
            return findAll(By.cssSelector("ol.records a")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        String pageText() {
            return driver.findElement(By.tagName("body")).getText();
        }

        java.util.Set<org.openqa.selenium.Cookie> cookies() {
            return driver.manage().getCookies();
        }

        void waitForUrl(String part) {
            waitFor(d -> d.getCurrentUrl().contains(part));
        }

        void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
            wait.until(condition::apply);
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
