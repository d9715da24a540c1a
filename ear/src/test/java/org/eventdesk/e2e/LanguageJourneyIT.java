package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The desk in English and Ukrainian, as people meet it: a browser that asks for Ukrainian gets it from the login
 * page on, with dates in Ukrainian; an editor who reads English switches the language in the header, and the choice
 * holds across logins until they switch back.
 */
@ExtendWith(BrowserExtension.class)
class LanguageJourneyIT {
    /** A Ukrainian month's short name as Java writes it ("листоп.", "груд.", "трав."). */
    private static final Pattern UKRAINIAN_MONTH =
            Pattern.compile("\\d{1,2} (січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|листоп|груд)\\.? \\d{4}");

    private static final Pattern CYRILLIC = Pattern.compile("[а-яіїєґ]");

    private static String axisLabels(BrowserSession browser) {
        return String.valueOf(browser.script("return Array.from(document.querySelectorAll('#timeline .vis-time-axis"
                + " .vis-text')).map(e => e.textContent).join(' ');"));
    }

    @Test
    void aBrowserThatAsksForUkrainianGetsTheDeskInUkrainian() {
        try (BrowserSession browser = new BrowserSession("uk")) {
            browser.open("/login");
            browser.waiting().until(d -> browser.pageText().contains("Перевірені записи про події з джерелами."));
            browser.logIn("editor", Desk.DEMO_PASSWORD);
            browser.open("/dashboard");
            browser.waiting().until(d -> browser.pageText().contains("Черги зараз"));
            assertTrue(browser.pageText().contains("Записи"), "the navigation is in Ukrainian");
            assertEquals("Огляд · Event Desk", browser.script("return document.title;"));
            String window = browser.find(By.id("dashboard-window")).getText();
            assertTrue(UKRAINIAN_MONTH.matcher(window).find(), "the first day is written in Ukrainian: " + window);
            assertEquals(
                    "Клавіатурні скорочення (?)",
                    browser.find(By.id("shortcuts-help")).getDomAttribute("aria-label"));
            browser.screenshot("language-ukrainian-dashboard");
        }
    }

    @Test
    void anEditorSwitchesToUkrainianAndBackAndTheChoiceOutlivesTheSession(BrowserSession browser) {
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/timeline");
        browser.waiting().until(d -> browser.pageText().contains("Zoom in"));

        browser.choose(browser.find(By.id("language")), "українська");
        browser.waiting().until(d -> browser.pageText().contains("Наблизити"));
        assertTrue(browser.pageText().contains("Хронологія"), "the page is drawn again in Ukrainian");
        String status = browser.find(By.id("timeline-status")).getText();
        assertTrue(status.startsWith("Записів: "), status);
        // The axis's own labels (months, days) come from the browser's Intl in the tab's language.
        browser.waiting().until(d -> CYRILLIC.matcher(axisLabels(browser)).find());
        browser.screenshot("language-ukrainian-timeline");

        // Logging out ends the session; the language belongs to the browser and comes back with the next login.
        browser.click("logout");
        browser.waiting().until(d -> d.getCurrentUrl().contains("/login"));
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/records");
        browser.waiting().until(d -> browser.pageText().contains("Новий запис"));
        assertEquals(
                "січень",
                browser.script("return document.querySelector('vaadin-date-picker').i18n.monthNames[0];"),
                "the date pickers' calendars name the months in Ukrainian");

        browser.choose(browser.find(By.id("language")), "English");
        browser.waiting().until(d -> browser.pageText().contains("New record"));
        assertTrue(!browser.pageText().contains("Новий запис"), "every text is English again");
    }
}
