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

    /** The start of what a draft without type, time or place still needs, in Ukrainian (the workflow bundle's). */
    private static final String READINESS_UK = "Перед перевіркою потрібно: тип, час, хоча б одне місце";

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

    /**
     * What the services say reads in the tab's language too: a field the record rules refuse, a tag the model refuses
     * as the editor types it, and what a draft still needs before review. The API says the same in English.
     */
    @Test
    void theServicesRefusalsReadInUkrainianInAUkrainianDesk() {
        String title = "Чернетка без місця " + java.util.UUID.randomUUID();
        Api.Answer draft = Api.postJson("/api/v1/records", "demo-editor-token", "{\"title\": \"" + title + "\"}");
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().get("id").asLong();
        Api.Answer refused = ReadyRecords.step(id, "submit", "demo-editor-token", null);
        assertTrue(refused.body().contains("is not ready for review; it needs a type, a time"), refused.body());

        try (BrowserSession browser = new BrowserSession("uk")) {
            browser.open("/login");
            browser.logIn("editor", Desk.DEMO_PASSWORD);
            browser.open("/records/" + id);
            String readiness = browser.find(By.id("wf-note-readiness")).getText();
            assertTrue(readiness.contains(READINESS_UK), readiness);
            assertTrue(!readiness.contains("a type") && !readiness.contains("at least one place"), readiness);

            browser.open("/records/new");
            org.openqa.selenium.WebElement tagInput = browser.find(By.cssSelector("#record-tags input"));
            tagInput.sendKeys("İ".repeat(31) + org.openqa.selenium.Keys.ENTER);
            browser.waitForVaadin();
            assertTrue(
                    fieldError(browser, "record-tags").contains("у нижньому регістрі"),
                    fieldError(browser, "record-tags"));

            browser.paste("record-title-field", "x".repeat(301));
            browser.click("save-record");
            assertTrue(
                    fieldError(browser, "record-title-field").contains("ліміт символів: 300"),
                    fieldError(browser, "record-title-field"));
            browser.screenshot("language-ukrainian-refusals");
        }
    }

    /** The field's error message if it is marked invalid, else "(not marked)". */
    private static String fieldError(BrowserSession browser, String id) {
        return String.valueOf(browser.script(
                "return arguments[0].invalid ? (arguments[0].errorMessage || '') : '(not marked)';",
                browser.find(By.id(id))));
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
