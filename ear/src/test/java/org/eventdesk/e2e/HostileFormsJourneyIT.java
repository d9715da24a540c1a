package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every form of the desk given values over its limits, a NUL character and markup: each answers with a message
 * under the field at fault, keeps what was typed and stays where it is; none shows an error page or loses the form.
 * Markup that is valid text is kept and shown as text.
 */
@ExtendWith(BrowserExtension.class)
class HostileFormsJourneyIT {
    private static final String EDITOR = "demo-editor-token";
    private static final String REVIEWER = "demo-reviewer-token";

    /** The field's error message if it is marked invalid, else {@code null}. */
    private static String fieldError(BrowserSession browser, WebElement field) {
        return (String)
                browser.script("return arguments[0].invalid ? (arguments[0].errorMessage || '') : null;", field);
    }

    private static String fieldError(BrowserSession browser, String id) {
        return fieldError(browser, browser.find(By.id(id)));
    }

    private static void assertFieldError(BrowserSession browser, String id, String contains) {
        String error = fieldError(browser, id);
        assertNotNull(error, id + " is marked");
        assertTrue(error.contains(contains), id + ": " + error);
    }

    private static void assertNoErrorPage(BrowserSession browser) {
        String page = browser.pageText();
        assertTrue(
                !page.contains("Internal error") && !page.contains("Exception") && !page.contains("Could not navigate"),
                page);
    }

    @Test
    void theSourceFormMarksOversizeFieldsKeepsTheTextAndShowsMarkupAsText(BrowserSession editor) {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        editor.logIn("editor", Desk.DEMO_PASSWORD);
        editor.open("/sources/new");
        String article = Desk.freshArticleWithChrome("Hostile form " + nonce);
        editor.paste("raw-input", article);
        editor.waiting().until(d -> !editor.value("cleaned-text").isBlank());
        editor.fill("source-outlet-field", "The Test Gazette");
        editor.setValue("source-published", "2025-12-27T11:20");

        editor.paste("source-title", "t".repeat(501));
        editor.paste("source-language", "en-abcdefgh-abcdefgh-abcdefgh-abcdefgh");
        editor.click("save-source");

        assertNotNull(fieldError(editor, "source-title"), "the title over 500 characters is marked");
        assertNotNull(fieldError(editor, "source-language"), "the language tag over 35 characters is marked");
        assertEquals("/sources/new", editor.currentPath());
        assertEquals(501, editor.value("source-title").length(), "what was typed is kept");
        assertEquals(article, editor.value("raw-input"));

        // An address that fits, but whose canonical https:// form does not: the server's refusal, on the field.
        String http = ("http://example.com/" + nonce + "/" + "p".repeat(2000)).substring(0, 2000);
        editor.paste("source-title", "<img src=x onerror=alert(1)> =HYPERLINK(\"x\") " + nonce);
        editor.paste("source-language", "en");
        editor.paste("source-url", http);
        editor.click("save-source");
        editor.waiting().until(d -> fieldError(editor, "source-url") != null);
        assertFieldError(editor, "source-url", "canonical");
        assertEquals("/sources/new", editor.currentPath());
        assertEquals(http, editor.value("source-url"));

        editor.paste("source-url", "https://example.com/" + nonce);
        editor.paste("source-outlet-field", "Outlet\u0000with a NUL");
        editor.click("save-source");
        editor.waiting().until(d -> fieldError(editor, "source-outlet-field") != null);
        assertFieldError(editor, "source-outlet-field", "NUL");

        editor.paste("source-outlet-field", "The Test Gazette");
        editor.click("save-source");
        editor.waitForPath("/sources/[0-9]+");
        assertTrue(
                editor.pageText().contains("<img src=x onerror=alert(1)> =HYPERLINK(\"x\") " + nonce),
                "markup is shown as the text it is");
        assertNoErrorPage(editor);
    }

    @Test
    void theRecordEditorMarksOversizeTitlesFiguresAndTagsAndKeepsTheForm(BrowserSession editor) {
        editor.logIn("editor", Desk.DEMO_PASSWORD);
        editor.open("/records/new");

        WebElement tagInput = editor.find(By.cssSelector("#record-tags input"));
        tagInput.sendKeys("İ".repeat(31) + Keys.ENTER);
        editor.waitForVaadin();
        assertFieldError(editor, "record-tags", "lower-cased");

        editor.paste("record-title-field", "x".repeat(301));
        editor.click("add-figure");
        WebElement figure = editor.last(By.cssSelector(".figure-card"));
        editor.typeIn(figure, "figure-value", "12345678901234567");
        editor.typeIn(figure, "figure-attribution", "a".repeat(301));
        editor.click("save-record");

        assertFieldError(editor, "record-title-field", "longer than 300");
        assertTrue(
                fieldError(editor, figure.findElement(By.cssSelector(".figure-value")))
                        .contains("too large"),
                "the figure beyond numeric(20,4) is marked in the form");
        assertTrue(fieldError(editor, figure.findElement(By.cssSelector(".figure-attribution")))
                .contains("longer than 300"));
        assertEquals("/records/new", editor.currentPath());
        assertEquals(301, editor.value("record-title-field").length(), "what was typed is kept");
        assertNoErrorPage(editor);
    }

    @Test
    void theWorkflowDialogsKeepTheirWordsAndMarkThemWhenTheyAreTooLong(BrowserSession reviewer) {
        long draft = ReadyRecords.create(EDITOR, "Hostile spike " + UUID.randomUUID());
        long submitted = ReadyRecords.create(EDITOR, "Hostile return " + UUID.randomUUID());
        ReadyRecords.step(submitted, "submit", EDITOR, null);
        long published = ReadyRecords.create(EDITOR, "Hostile retract " + UUID.randomUUID());
        ReadyRecords.step(published, "submit", EDITOR, null);
        ReadyRecords.step(published, "approve", REVIEWER, null);
        ReadyRecords.step(published, "publish", EDITOR, null);
        reviewer.logIn("reviewer", Desk.DEMO_PASSWORD);

        String[][] dialogs = {
            {"/records/" + submitted, "wf-return", "4000"},
            {"/records/" + draft, "wf-spike", "4000"},
            {"/records/" + published, "wf-retract", "4000"},
            {"/records/" + published, "wf-start-correction", "4000"}
        };
        for (String[] dialog : dialogs) {
            reviewer.open(dialog[0]);
            reviewer.click(dialog[1]);
            String words = "w".repeat(Integer.parseInt(dialog[2]) + 1);
            reviewer.paste("wf-words", words);
            reviewer.click("wf-ok");
            assertFieldError(reviewer, "wf-words", "longer than " + dialog[2]);
            assertEquals(words, reviewer.value("wf-words"), dialog[1] + ": the words are kept");

            reviewer.paste("wf-words", "Check\u0000this");
            reviewer.click("wf-ok");
            assertFieldError(reviewer, "wf-words", "NUL");
            assertNoErrorPage(reviewer);
        }
        assertEquals("DRAFT", ReadyRecords.status(draft));
        assertEquals("SUBMITTED", ReadyRecords.status(submitted));
        assertEquals("PUBLISHED", ReadyRecords.status(published));
    }

    @Test
    void theAdminFormsMarkOversizeNamesAndCodes(BrowserSession admin) {
        admin.logIn("admin", Desk.DEMO_PASSWORD);
        admin.open("/admin/users/new");
        admin.paste("new-username", "u".repeat(65));
        admin.paste("new-display-name", "d".repeat(201));
        admin.paste("new-password", "a long enough password " + UUID.randomUUID());
        admin.click("create-user");
        assertNotNull(fieldError(admin, "new-username"), "the user name over 64 characters is marked");
        assertFieldError(admin, "new-display-name", "longer than 200");
        assertEquals("/admin/users/new", admin.currentPath());
        assertEquals(201, admin.value("new-display-name").length());

        admin.open("/admin/taxonomy");
        admin.paste("type-code", "C".repeat(101));
        admin.paste("type-label", "<b>bold</b>\u0000" + "L".repeat(201));
        admin.click("add-type");
        assertFieldError(admin, "type-code", "longer than 100");
        assertNotNull(fieldError(admin, "type-label"), "the label is marked");
        assertNoErrorPage(admin);
    }
}
