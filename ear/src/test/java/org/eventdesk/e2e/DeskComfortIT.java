package org.eventdesk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The desk's comfort in a real browser: light or dark following the system until the person chooses, the choice
 * kept across visits; "?" lists the keyboard shortcuts (but not while typing), and Alt with a letter goes to a
 * main screen.
 */
@ExtendWith(BrowserExtension.class)
class DeskComfortIT {

    /** Whether the page is drawn dark: Lumo's theme attribute and the base colour it gives. */
    private static boolean dark(BrowserSession browser) {
        Object theme = browser.script("return (document.documentElement.getAttribute('theme') || '') + ' '"
                + " + (document.body.getAttribute('theme') || '');");
        return theme.toString().contains("dark");
    }

    /** The base colour Lumo gives the element that carries the theme (the UI's own element). */
    private static String baseColour(BrowserSession browser) {
        return browser.script("const themed = document.querySelector('[theme~=\"dark\"]') || document.body;"
                        + " return getComputedStyle(themed).getPropertyValue('--lumo-base-color');")
                .toString()
                .strip();
    }

    private static String shortcutsListed(BrowserSession browser) {
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector(".shortcut")).isEmpty());
        return String.join(
                "\n",
                browser.findAll(By.cssSelector(".shortcut")).stream()
                        .map(e -> e.getText())
                        .toList());
    }

    @Test
    void theThemeFollowsTheSystemUntilTheEditorChoosesAndTheChoiceIsKept(BrowserSession browser) {
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/records");
        browser.script("localStorage.removeItem('eventdesk.theme');");

        browser.preferColorScheme("dark");
        browser.open("/records");
        browser.waiting().until(d -> dark(browser));
        String darkBase = baseColour(browser);

        browser.preferColorScheme("light");
        browser.waiting().until(d -> !dark(browser)); // the system's change is followed on the open page
        assertFalse(darkBase.equals(baseColour(browser)), "the dark theme draws another base colour: " + darkBase);
        assertEquals(
                "Switch to the dark theme", browser.find(By.id("theme-switch")).getDomAttribute("aria-label"));

        browser.click("theme-switch");
        browser.waiting().until(d -> dark(browser));
        browser.open("/sources");
        browser.waiting().until(d -> dark(browser));
        assertTrue(dark(browser), "the choice holds against the system's light setting after a reload");
        assertEquals(
                "Switch to the light theme", browser.find(By.id("theme-switch")).getDomAttribute("aria-label"));

        browser.click("theme-switch");
        browser.waiting().until(d -> !dark(browser));
        browser.preferColorScheme("dark");
        browser.open("/records");
        assertFalse(dark(browser), "a chosen light theme stays light when the system turns dark");
        browser.script("localStorage.removeItem('eventdesk.theme');");
    }

    @Test
    void aQuestionMarkListsTheShortcutsExceptWhileTypingAndAltKeysGoToTheMainScreens(BrowserSession browser) {
        browser.logIn("editor", Desk.DEMO_PASSWORD);
        browser.open("/records");

        browser.type(By.cssSelector("#record-search input"), "why?");
        browser.waitForVaadin();
        assertTrue(browser.findAll(By.id("shortcuts-dialog")).isEmpty(), "a question mark typed in a field stays text");

        browser.script("document.activeElement && document.activeElement.blur();"); // the field lets go of the keys
        browser.press("?");
        String listed = shortcutsListed(browser);
        assertTrue(listed.contains("Alt+N") && listed.contains("New record"), listed);
        assertTrue(listed.contains("Ctrl+S"), listed);
        browser.press(Keys.ESCAPE);
        browser.waiting().until(d -> d.findElements(By.cssSelector(".shortcut")).isEmpty());

        browser.pressWith(Keys.ALT, "n");
        browser.waitForPath("/records/new");
        browser.pressWith(Keys.ALT, "s");
        browser.waitForPath("/sources");
        browser.pressWith(Keys.ALT, "m");
        browser.waitForPath("/map");
        browser.pressWith(Keys.ALT, "t");
        browser.waitForPath("/timeline.*");
        browser.pressWith(Keys.ALT, "r");
        browser.waitForPath("/records");

        browser.click("shortcuts-help");
        assertTrue(shortcutsListed(browser).contains("Alt+R"));
        browser.click("shortcuts-close");
    }
}
