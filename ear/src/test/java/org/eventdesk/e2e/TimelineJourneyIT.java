package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The timeline in a real browser on seeded records: what vis-timeline received (items, rows, arrows) for a window,
 * a day-precision record a day wide, a plan marked as a plan, the rows by place in the address, a wider window read
 * again after the zoom button (pressed from the keyboard), and a click opening the record. The database is shared with
 * the other tests and earlier runs, so the records go into a few days of a random far year that nothing else uses.
 */
@ExtendWith(BrowserExtension.class)
class TimelineJourneyIT {
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private static int attribute(BrowserSession browser, String name) {
        browser.waiting().until(d -> browser.find(By.id("timeline")).getDomAttribute(name) != null);
        return Integer.parseInt(browser.find(By.id("timeline")).getDomAttribute(name));
    }

    private static void waitFor(BrowserSession browser, String name, int value) {
        browser.waiting().until(d -> String.valueOf(value)
                .equals(browser.find(By.id("timeline")).getDomAttribute(name)));
    }

    /**
     * Lines drawn between items with an arrowhead the page holds (timeline-arrows draws heads as SVG markers, named
     * after the colour: a name with spaces or brackets is never found by {@code url(#…)}, and the head is not drawn).
     */
    private static long arrowsWithHeads(BrowserSession browser) {
        return ((Number) browser.script(
                        "return Array.from(arguments[0].querySelectorAll('svg path')).filter(p => !p.closest('marker')"
                                + " && p.getAttribute('d') && p.getAttribute('d') !== 'M 0 0').filter(p => {"
                                + " const m = (p.getAttribute('marker-end') || '').match(/url\\(#(.+)\\)/);"
                                + " return m && /^[\\w-]+$/.test(m[1]) && document.getElementById(m[1]); }).length;",
                        browser.find(By.id("timeline"))))
                .longValue();
    }

    private static String background(BrowserSession browser) {
        return browser.find(By.cssSelector("#timeline .vis-timeline")).getCssValue("background-color");
    }

    /** A parameter of the address the page shows now (the view keeps the grouping and the window there). */
    private static String parameter(BrowserSession browser, String name) {
        String path = browser.currentPath();
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + path);
    }

    private static WebElement item(BrowserSession browser, long id) {
        return browser.find(By.cssSelector("#timeline .vis-foreground .vis-item.desk-record-" + id));
    }

    @Test
    void theTimelineDrawsTheWindowsRecordsWithTheirSpansPlansAndLinksAndOpensOne(BrowserSession browser) {
        SecureRandom random = new SecureRandom();
        LocalDate day = LocalDate.of(2300 + random.nextInt(600), 1 + random.nextInt(12), 10);
        String nonce = PublishedRecords.nonce();
        long strike = PublishedRecords.record("Drone strike " + nonce)
                .time(day + "T09:00:00+02:00", "MINUTE", "Europe/Kyiv")
                .place("Kyiv", "UA", 50.45, 30.52, "over Kyiv")
                .draft()
                .id();
        long shelling = PublishedRecords.record("Shelling " + nonce)
                .type("EXPLOSIONS_REMOTE_VIOLENCE.SHELLING_ARTILLERY_MISSILE_ATTACK")
                .time(day.plusDays(1) + "T12:00:00Z", "DAY", "UTC")
                .place("Kharkiv", "UA", 49.99, 36.23, "in Kharkiv")
                .link("FOLLOWS", strike)
                .draft()
                .id();
        long meeting = PublishedRecords.record("Meeting " + nonce)
                .type("MEETING")
                .time(day.plusDays(2) + "T15:00:00+01:00", "HOUR", "Europe/Paris")
                .place("Paris", "FR", 48.86, 2.35, "in Paris")
                .occurrence("SCHEDULED")
                .draft()
                .id();
        long later = PublishedRecords.record("Later strike " + nonce)
                .time(day.plusDays(4) + "T06:00:00Z", "MINUTE", "UTC")
                .place("Kyiv", "UA", 50.45, 30.52, "over Kyiv")
                .draft()
                .id();

        browser.logIn("editor", Desk.DEMO_PASSWORD);
        Instant from = day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(4).atStartOfDay(ZoneOffset.UTC).toInstant();
        browser.open("/timeline?group=type&from=" + from + "&to=" + to);

        assertEquals(3, attribute(browser, "data-items"), "the later strike is after the window");
        assertEquals(2, attribute(browser, "data-groups"), "explosions and meetings");
        assertEquals(1, attribute(browser, "data-links"), "the shelling follows the strike");
        browser.waiting().until(d -> arrowsWithHeads(browser) == 1);
        assertTrue(browser.find(By.id("timeline-status")).getText().startsWith("3 records from"));
        assertEquals(
                List.of("Explosions/Remote violence", "Meeting"),
                browser.findAll(By.cssSelector("#timeline .vis-labelset .desk-group-label")).stream()
                        .map(WebElement::getText)
                        .toList());

        // The day-precision shelling: the whole day in its zone, as vis-timeline holds it and as wide on screen.
        @SuppressWarnings("unchecked")
        List<Number> held = (List<Number>) browser.script(
                "const t = arguments[0].visTimeline; const i = t.itemsData.get(arguments[1]);"
                        + " return [new Date(i.start).getTime(), new Date(i.end).getTime()];",
                browser.find(By.id("timeline")),
                shelling);
        long dayStart = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        assertEquals(
                List.of(dayStart, dayStart + DAY_MS),
                held.stream().map(Number::longValue).toList());
        double dayOnScreen = ((Number) browser.script(
                        "const t = arguments[0].visTimeline; const w = t.getWindow();"
                                + " return t.body.domProps.center.width * 86400000 / (w.end - w.start);",
                        browser.find(By.id("timeline"))))
                .doubleValue();
        double width = item(browser, shelling).getRect().getWidth();
        assertTrue(
                Math.abs(width - dayOnScreen) <= 3, "a day is " + dayOnScreen + " px on the axis; the item " + width);
        assertTrue(item(browser, strike).getDomAttribute("class").contains("vis-box"), "a time to the minute: a box");

        // The plan: dashed, with its word, not colour alone.
        WebElement plan = item(browser, meeting);
        assertTrue(plan.getDomAttribute("class").contains("desk-planned"), plan.getDomAttribute("class"));
        assertEquals("PLANNED", plan.findElement(By.className("desk-plan-word")).getText());
        assertEquals("dashed", plan.getCssValue("border-top-style"));
        browser.screenshot("TimelineJourneyIT-by-type");

        // Rows by place: in the address, and three places.
        browser.click(browser.find(By.xpath("//vaadin-radio-button[normalize-space(.)='By place']")));
        browser.waiting().until(d -> browser.currentPath().contains("group=place"));
        waitFor(browser, "data-groups", 3);
        assertEquals(3, attribute(browser, "data-items"));
        assertEquals(
                List.of("Kharkiv (UA)", "Kyiv (UA)", "Paris (FR)"),
                browser.findAll(By.cssSelector("#timeline .vis-labelset .desk-group-label")).stream()
                        .map(WebElement::getText)
                        .toList());
        browser.screenshot("TimelineJourneyIT-by-place");

        // The dark theme: the timeline takes its colours from Lumo's properties, so it darkens with the desk.
        String lightBackground = background(browser);
        String lightText = item(browser, shelling).getCssValue("color");
        browser.click(browser.find(By.id("theme-switch")));
        browser.waiting().until(d -> !background(browser).equals(lightBackground));
        assertTrue(!item(browser, shelling).getCssValue("color").equals(lightText), "the items' words lighten too");
        browser.screenshot("TimelineJourneyIT-dark");

        // Zoom out from the keyboard: the wider window is read again and takes in the later strike.
        browser.find(By.id("timeline-zoom-out")).sendKeys(Keys.ENTER);
        waitFor(browser, "data-items", 4);
        assertTrue(browser.currentPath().contains("group=place"), browser.currentPath());
        Instant shownTo = Instant.parse(parameter(browser, "to"));
        assertTrue(shownTo.isAfter(to), "the address follows the window: " + browser.currentPath());
        item(browser, later);

        browser.click(item(browser, strike));
        browser.waitForPath("/records/" + strike);
        assertEquals(
                "Drone strike " + nonce, browser.find(By.id("record-title")).getText());
    }
}
