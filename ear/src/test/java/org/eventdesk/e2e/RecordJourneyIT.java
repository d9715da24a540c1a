package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The acceptance journey of the records issue, in the browser: from the sample article the demo editor builds
 * the strike on Kyiv (every figure with its own words as evidence), the earlier Tuesday strike it follows, the
 * scheduled Zelensky–Trump meeting and Zelensky's claim from his post on X; then reads them back, quotes and
 * links included, and follows a quote to its highlighted place in the source.
 */
@ExtendWith(BrowserExtension.class)
class RecordJourneyIT {
    private static final String TEXT = "editor-source-text";

    @Test
    void theEditorBuildsTheSampleArticlesRecordsWithEvidenceForEveryFact(BrowserSession browser) {
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/sources");
        browser.fill("source-search", "Zelensky prepares for crucial peace talks");
        browser.openGridRow("sources-grid", text -> text.startsWith("Zelensky prepares for crucial peace talks"));
        browser.waitForPath("/sources/\\d+");
        String sourceId = browser.currentPath().replaceAll("\\D+", "");

        // The earlier strike, started from words selected on the source page.
        browser.selectWords("source-text", "Moscow launched 587 drones and 34 missiles on Tuesday");
        browser.click("start-record");
        browser.waitForPath("/records/new.*");
        assertEquals("Moscow launched 587 drones and 34 missiles on Tuesday", browser.value("record-title-field"));
        browser.fill("record-title-field", "Earlier Russian drone and missile strike on Ukraine");
        chooseType(browser, "Air/drone", "— Air/drone strike");
        figure(browser, "Drones launched", "Exactly", "587", "587 drones");
        figure(browser, "Missiles launched", "Exactly", "34", "34 missiles");
        String tuesdayId = save(browser);

        // The strike on Kyiv.
        browser.open("/records/new?source=" + sourceId);
        browser.fill("record-title-field", "Russian drone and missile strike on Kyiv");
        chooseType(browser, "Air/drone", "— Air/drone strike");
        browser.setValue("record-start", "2025-12-27T00:00");
        browser.pick(browser.find(By.id("record-zone")), "Europe/Kyiv", "Europe/Kyiv");
        browser.choose(browser.find(By.id("record-precision")), "part of the day");
        browser.setValue("record-end", "2025-12-27T11:20");
        useSelection(browser, "overnight on Friday", By.cssSelector("#time-evidence .use-selection"));
        useSelection(browser, "ended at 11.20am (9.20am GMT)", By.cssSelector("#time-evidence .use-selection"));

        browser.click("add-place");
        WebElement place = browser.last(By.cssSelector(".place-card"));
        browser.typeIn(place, "place-name", "Kyiv");
        browser.typeIn(place, "place-country", "UA");
        useSelection(browser, "targeting Kyiv", place);

        figure(browser, "Drones launched", "About (approximately)", "500", "almost 500 drones");
        figure(browser, "Missiles launched", "Exactly", "40", "40 missiles");
        WebElement killed = figure(browser, "Killed", "Exactly", "2", "two people were killed");
        browser.typeIn(killed, "figure-attribution", "authorities");
        figure(browser, "Injured", "At least", "46", "at least 46 people were wounded");
        WebElement children = figure(browser, "Children (of a figure)", "Exactly", "2", "including two children");
        browser.choose(children.findElement(By.cssSelector(".figure-parent")), "#4 injured 46");
        browser.click("add-figure");
        WebElement heat = browser.last(By.cssSelector(".figure-card"));
        browser.pick(heat.findElement(By.cssSelector(".figure-category")), "Without heat", "Without heat");
        browser.choose(heat.findElement(By.cssSelector(".figure-qualifier")), "Fraction (a third)");
        browser.typeIn(heat, "figure-numerator", "1");
        browser.typeIn(heat, "figure-denominator", "3");
        useSelection(browser, "A third of the capital city was left without heat", heat);

        browser.click("add-claim");
        WebElement claim = browser.last(By.cssSelector(".claim-card"));
        browser.typeIn(claim, "claim-speaker", "Volodymyr Zelensky");
        browser.typeIn(claim, "claim-medium", "post on X");
        browser.typeIn(claim, "claim-text", "Kinzhals and ‘shaheds’ [drones] speak for them");
        useSelection(browser, "Kinzhals and ‘shaheds’ [drones] speak for them", claim);

        browser.click("add-link");
        WebElement link = browser.last(By.cssSelector(".link-row"));
        browser.choose(link.findElement(By.cssSelector(".link-relation")), "follows");
        browser.pick(
                link.findElement(By.cssSelector(".link-target")),
                "Earlier Russian",
                "Earlier Russian drone and missile strike on Ukraine (#" + tuesdayId + ")");
        String kyivId = save(browser);

        // The scheduled meeting.
        browser.open("/records/new?source=" + sourceId);
        browser.fill("record-title-field", "Zelensky–Trump meeting at Mar-a-Lago");
        chooseType(browser, "Meeting", "Meeting");
        browser.choose(browser.find(By.id("record-occurrence")), "Scheduled");
        browser.setValue("record-start", "2025-12-28T00:00");
        browser.pick(browser.find(By.id("record-zone")), "America/New_York", "America/New_York");
        browser.choose(browser.find(By.id("record-precision")), "day");
        useSelection(
                browser, "meeting with President Trump on Sunday", By.cssSelector("#time-evidence .use-selection"));
        browser.click("add-place");
        WebElement marALago = browser.last(By.cssSelector(".place-card"));
        browser.typeIn(marALago, "place-name", "Mar-a-Lago, Palm Beach");
        browser.typeIn(marALago, "place-country", "US");
        useSelection(browser, "Mar-a-Lago Florida residence", marALago);
        save(browser);

        // Reading the strike back: each fact beside its words, figures side by side, links both ways.
        browser.open("/records/" + kyivId);
        String page = browser.pageText();
        for (String expected : new String[] {
            "about 500",
            "“almost 500 drones”",
            "“40 missiles”",
            "2, according to authorities",
            "“two people were killed”",
            "at least 46",
            "of which children: 2",
            "“including two children”",
            "1/3",
            "“A third of the capital city was left without heat”",
            "Volodymyr Zelensky (post on X)",
            "“Kinzhals and ‘shaheds’ [drones] speak for them”",
            "This record follows",
            "Earlier Russian drone and missile strike on Ukraine",
            "27 Dec 2025, night",
            "until 27 Dec 2025, 11:20 Europe/Kyiv (09:20 UTC)",
            "Kyiv — UA",
            "“targeting Kyiv”",
            "Single source"
        }) {
            assertTrue(page.contains(expected), () -> "missing on the record page: " + expected + "\n" + page);
        }

        browser.open("/records/" + tuesdayId);
        assertTrue(browser.pageText().contains("This record is followed by"), browser.pageText());
        assertTrue(browser.pageText().contains("Russian drone and missile strike on Kyiv"));

        // The records list finds the meeting by its place, and the strike by a figure it has.
        browser.open("/records");
        browser.fill("record-place-filter", "Mar-a-Lago");
        browser.openGridRow("records-grid", "Zelensky–Trump meeting at Mar-a-Lago"::equals);
        browser.waitForPath("/records/\\d+");
        assertTrue(browser.pageText().contains("Scheduled"), browser.pageText());
        browser.open("/records");
        browser.pick(browser.find(By.id("record-category-filter")), "Without heat", "Without heat");
        browser.openGridRow("records-grid", "Russian drone and missile strike on Kyiv"::equals);
        browser.waitForPath("/records/" + kyivId);

        // A quote leads to its words in the source, highlighted.
        browser.open("/records/" + kyivId);
        browser.click(By.xpath("//a[contains(@class,'evidence-quote') and contains(., 'including two children')]"));
        browser.waitForPath("/sources/" + sourceId + "\\?highlight=\\d+-\\d+");
        assertEquals(
                "including two children",
                browser.find(By.cssSelector("#source-text mark.focus")).getText());
    }

    @Test
    void twoEditorsOfOneRecordSeeEachOtherAndTheLaterSaveIsRefusedWithTheirChangesSideBySide(
            BrowserSession editor, BrowserSession editor2) {
        String title = "Contested record " + UUID.randomUUID().toString().substring(0, 8);
        long id = ReadyRecords.create("demo-editor-token", title);
        editor.logIn("editor", Desk.DEMO_PASSWORD);
        editor2.logIn("editor2", Desk.DEMO_PASSWORD);
        editor.open("/records/" + id + "/edit");
        editor2.open("/records/" + id + "/edit");

        editor2.waiting()
                .until(d ->
                        d.findElement(By.id("presence-banner")).getText().startsWith("Being edited by editor since"));
        editor2.fill("record-title-field", title + " (theirs)");
        editor2.click("save-record");
        editor2.waiting().until(d -> editor2.pageText().contains("last changed by editor2"));

        editor.fill("record-title-field", title + " (mine)");
        editor.click("save-record");
        editor.waiting().until(d -> !d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay[opened]"))
                .isEmpty());
        String said = (String) editor.script(
                "const d = document.getElementById('stale-dialog'); return (d.message || '') + ' ' + d.textContent;");
        assertTrue(said.contains("editor2") && said.contains("Your changes are still in the form."), said);

        editor.click(By.cssSelector("vaadin-button[slot='reject-button']"));
        editor.waitForGridCell("compare-grid", (title + " (mine)")::equals);
        List<String> cells = editor.gridTexts("compare-grid");
        int row = cells.indexOf("title");
        assertTrue(row >= 0, "the title is among the differences: " + cells);
        assertEquals(List.of("title", title + " (theirs)", title + " (mine)"), cells.subList(row, row + 3));
        assertEquals(title + " (mine)", editor.value("record-title-field"), "the form keeps what was typed");
        assertEquals(
                title + " (theirs)",
                Api.get("/api/v1/records/" + id, "demo-editor-token")
                        .json()
                        .get("title")
                        .asText());
    }

    private static void chooseType(BrowserSession browser, String filter, String label) {
        browser.pick(browser.find(By.id("record-type")), filter, label);
    }

    /** Adds a figure card, fills it, and gives it the words as evidence. */
    private static WebElement figure(
            BrowserSession browser, String category, String qualifier, String value, String words) {
        browser.click("add-figure");
        WebElement card = browser.last(By.cssSelector(".figure-card"));
        browser.pick(card.findElement(By.cssSelector(".figure-category")), category, category);
        browser.choose(card.findElement(By.cssSelector(".figure-qualifier")), qualifier);
        browser.typeIn(card, "figure-value", value);
        useSelection(browser, words, card);
        return card;
    }

    private static void useSelection(BrowserSession browser, String words, WebElement card) {
        browser.selectWords(TEXT, words);
        browser.click(card.findElement(By.cssSelector(".use-selection")));
        browser.waiting().until(d -> card.getText().contains("“" + words + "”"));
    }

    private static void useSelection(BrowserSession browser, String words, By button) {
        browser.selectWords(TEXT, words);
        browser.click(button);
        browser.waiting().until(d -> d.findElement(button)
                .findElement(By.xpath(".."))
                .getText()
                .contains("“" + words + "”"));
    }

    private static String save(BrowserSession browser) {
        browser.click("save-record");
        browser.waitForPath("/records/\\d+/edit");
        return browser.currentPath().replaceAll("^/records/(\\d+)/edit$", "$1");
    }
}
