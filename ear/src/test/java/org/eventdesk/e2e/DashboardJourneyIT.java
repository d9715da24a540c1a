package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The dashboard in a real browser on seeded records: each chart has drawn (Apache ECharts, from the WAR's own copy)
 * as many series as the server gave it, and the tables beside the charts show the numbers, the figures with their
 * qualifiers. The database is shared with the other tests and earlier runs, so the figures go into a week of the
 * window that holds no drones yet, and the shared counts (queues, publications today, approvals this week) are read
 * before and after.
 */
@ExtendWith(BrowserExtension.class)
class DashboardJourneyIT {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String DRONES = "Drones launched";

    /** The body rows of a table, each as its cells' texts. */
    private static List<List<String>> rows(BrowserSession browser, String tableId) {
        return browser.findAll(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(cell -> cell.getText().strip())
                        .toList())
                .toList();
    }

    private static Optional<List<String>> row(BrowserSession browser, String tableId, int column, String text) {
        return rows(browser, tableId).stream()
                .filter(r -> r.get(column).equals(text))
                .findFirst();
    }

    private static int number(Optional<List<String>> row, int column) {
        return row.map(r -> Integer.parseInt(r.get(column).replace(",", ""))).orElse(0);
    }

    /** The series ECharts holds after drawing, as the chart's element says once it has drawn. */
    private static int series(BrowserSession browser, String chartId) {
        browser.waiting().until(d -> browser.find(By.id(chartId)).getDomAttribute("data-series") != null);
        return Integer.parseInt(browser.find(By.id(chartId)).getDomAttribute("data-series"));
    }

    private static void openDashboard(BrowserSession browser) {
        browser.open("/dashboard");
        browser.find(By.cssSelector("#review-table tbody tr"));
    }

    @Test
    void theDashboardDrawsEveryChartAndShowsItsNumbersWithTheFiguresQualifiers(BrowserSession browser) {
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        openDashboard(browser);
        String today = DATE.format(LocalDate.now(ZoneOffset.UTC));
        List<String> weeks =
                rows(browser, "review-table").stream().map(r -> r.get(0)).toList();
        assertEquals(12, weeks.size(), weeks.toString());
        String thisWeek = weeks.get(weeks.size() - 1);
        // The newest past week without drones: the test's figures are then the whole cell.
        List<List<String>> figuresBefore = rows(browser, "figures-table");
        String found = null;
        for (int i = weeks.size() - 2; i >= 0 && found == null; i--) {
            String candidate = weeks.get(i);
            if (figuresBefore.stream()
                    .noneMatch(r -> r.get(0).equals(DRONES) && r.get(1).equals(candidate))) {
                found = candidate;
            }
        }
        assertTrue(found != null, "every past week of the window has drones already: start from a fresh database");
        String week = found;
        int drafts = number(row(browser, "queues-table", 0, "Draft"), 1);
        int publishedToday = number(row(browser, "published-table", 0, today), 1);
        int approvedThisWeek = number(row(browser, "review-table", 0, thisWeek), 1);

        String wednesdayNoon = LocalDate.parse(week, DATE)
                .plusDays(2)
                .atTime(12, 0)
                .atOffset(ZoneOffset.UTC)
                .toString();
        String nonce = PublishedRecords.nonce();
        PublishedRecords.record("Drones at least " + nonce)
                .time(wednesdayNoon, "MINUTE", "UTC")
                .place("Kyiv", "UA", 50.45, 30.52, "over Kyiv")
                .figure("DRONES_LAUNCHED", "AT_LEAST", 40, "at least 40 drones")
                .publish();
        PublishedRecords.record("Drones competing " + nonce)
                .time(wednesdayNoon, "MINUTE", "UTC")
                .place("Kyiv", "UA", 50.45, 30.52, "over Kyiv")
                .figure("DRONES_LAUNCHED", "EXACT", 120, "120 drones")
                .figure("DRONES_LAUNCHED", "APPROXIMATE", 150, "about 150 drones")
                .publish();
        PublishedRecords.record("Drones range " + nonce)
                .time(wednesdayNoon, "MINUTE", "UTC")
                .place("Kyiv", "UA", 50.45, 30.52, "over Kyiv")
                .range("DRONES_LAUNCHED", 10, 20, "between 10 and 20 drones")
                .publish();
        PublishedRecords.record("Drones draft " + nonce)
                .time(wednesdayNoon, "MINUTE", "UTC")
                .place("Kyiv", "UA", 50.45, 30.52, "over Kyiv")
                .figure("DRONES_LAUNCHED", "EXACT", 1000, "1000 drones")
                .draft();

        openDashboard(browser);

        assertEquals(1, series(browser, "queues-chart"));
        assertEquals(2, series(browser, "published-chart"), "published and corrected");
        assertEquals(2, series(browser, "review-chart"), "median and 90th percentile");
        assertEquals(1, series(browser, "returned-chart"));
        List<List<String>> figures = rows(browser, "figures-table");
        long categories = figures.stream().map(r -> r.get(0)).distinct().count();
        assertEquals(categories, series(browser, "figures-chart"), "one series per category the table lists");

        assertEquals(
                Optional.of(
                        List.of(DRONES, week, "at least 170 (1 competing figure set aside, the lowest counted)", "3")),
                figures.stream()
                        .filter(r -> r.get(0).equals(DRONES) && r.get(1).equals(week))
                        .findFirst(),
                "the draft's 1000 is not counted, 120 is (not about 150), the range adds its low end: " + figures);
        assertEquals(drafts + 1, number(row(browser, "queues-table", 0, "Draft"), 1));
        assertEquals(publishedToday + 3, number(row(browser, "published-table", 0, today), 1));
        List<String> review = row(browser, "review-table", 0, thisWeek).orElseThrow();
        assertEquals(approvedThisWeek + 3, Integer.parseInt(review.get(1)), review.toString());
        assertTrue(
                !review.get(4).equals("—") && !review.get(5).equals("—"), "a median and a 90th percentile: " + review);
        assertTrue(browser.find(By.cssSelector("#figures-chart svg")).isDisplayed(), "ECharts drew into the element");
        browser.screenshot("DashboardJourneyIT-dashboard");
        browser.script("arguments[0].scrollIntoView()", browser.find(By.id("figures-chart")));
        browser.screenshot("DashboardJourneyIT-figures");

        // Switching light or dark draws the charts again in the new theme's colours, without a reload.
        String before = legendColour(browser);
        browser.click("theme-switch");
        browser.waiting().until(d -> browser.find(By.id("queues-chart")).getDomAttribute("data-theme-drawn") != null);
        browser.waiting().until(d -> !legendColour(browser).equals(before));
        browser.screenshot("DashboardJourneyIT-other-theme");
        browser.click("theme-switch");
        browser.script("localStorage.removeItem('eventdesk.theme');");
    }

    /** The fill of the first text ECharts drew in the queues chart (its legend or an axis label). */
    private static String legendColour(BrowserSession browser) {
        return String.valueOf(
                browser.script(
                        "const t = document.querySelector('#queues-chart svg text'); return t ? getComputedStyle(t).fill : '';"));
    }
}
