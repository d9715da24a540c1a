package org.eventdesk.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver) driven the way an editor uses the desk, with the
 * waiting that Vaadin's round trips need. Vaadin's fields are web components whose native input sits in the
 * light DOM, so ordinary CSS selectors reach them.
 */
public final class BrowserSession implements AutoCloseable {
    /**
     * How often a wait asks the page again. Selenium's default, half a second, was most of what a wait cost: the desk
     * answers a click in tens of milliseconds, and a suite waits thousands of times.
     */
    static final Duration POLL = Duration.ofMillis(100);

    private final WebDriver driver;
    private final WebDriverWait wait;

    BrowserSession() {
        this("en-US");
    }

    /** A browser whose person reads this language first (its Accept-Language and its own interface). */
    BrowserSession(String language) {
        driver = new ChromeDriver(driverService(), chromeOptions(language));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), POLL);
    }

    /** Headless Chromium with the flags that work on this machine's kind (no GPU, root, a closed network). */
    public static ChromeOptions chromeOptions() {
        return chromeOptions("en-US");
    }

    static ChromeOptions chromeOptions(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        String binary = System.getProperty("chrome.binary", "/usr/bin/chromium");
        if (Files.exists(Path.of(binary))) {
            options.setBinary(binary);
        }
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=" + language);
        return options;
    }

    /** Debian's chromedriver where it is installed, else whatever Selenium finds. */
    public static ChromeDriverService driverService() {
        String chromedriver = System.getProperty("chromedriver.path", "/usr/bin/chromedriver");
        return Files.exists(Path.of(chromedriver))
                ? new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of(chromedriver).toFile())
                        .build()
                : ChromeDriverService.createDefaultService();
    }

    /** Tells pages the system prefers a dark or light look, as an operating system's setting does. */
    void preferColorScheme(String scheme) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        java.util.Map.of(
                                "features",
                                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Presses keys on the page as a person does, wherever the focus is. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Holds a modifier (Alt, Ctrl) down while pressing a key: a chord passed to {@link #press} lets go first. */
    void pressWith(org.openqa.selenium.Keys modifier, String key) {
        new org.openqa.selenium.interactions.Actions(driver)
                .keyDown(modifier)
                .sendKeys(key)
                .keyUp(modifier)
                .perform();
    }

    /**
     * Presses the mouse at one point of an element and lets go at another, both in pixels from its top left corner
     * (a rectangle drawn on a map).
     */
    void drag(WebElement element, int fromX, int fromY, int toX, int toY) {
        org.openqa.selenium.Rectangle box = element.getRect();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(element, fromX - box.getWidth() / 2, fromY - box.getHeight() / 2)
                .clickAndHold()
                .moveByOffset((toX - fromX) / 2, (toY - fromY) / 2)
                .moveByOffset(toX - fromX - (toX - fromX) / 2, toY - fromY - (toY - fromY) / 2)
                .release()
                .perform();
    }

    /** Clicks an element this many pixels right of and below its centre (a spot on a map). */
    void clickAt(WebElement element, int right, int down) {
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(element, right, down)
                .click()
                .perform();
    }

    void open(String path) {
        driver.get(Desk.url(path));
        // Right after the page loads, Flow's client may not have asked for the view yet (so it is not "active"
        // and the page is still blank): wait for the view to have something to show, then for the client to rest.
        wait.until(d -> !d.findElement(By.tagName("body")).getText().isBlank());
        waitForVaadin();
    }

    /** Opens an address that is not the desk's own (another origin, say), and waits for its page to show. */
    void openUrl(String url) {
        driver.get(url);
        wait.until(d -> !d.findElement(By.tagName("body")).getText().isBlank());
    }

    void logIn(String username, String password) {
        open("/login");
        type(By.cssSelector("vaadin-login-form input[name='username']"), username);
        type(By.cssSelector("vaadin-login-form input[name='password']"), password);
        find(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login")
                || d.getCurrentUrl().contains("error")
                || d.getCurrentUrl().contains("locked"));
        waitForVaadin();
    }

    /**
     * Submits the login form and waits for the answer either way: the desk, or the login screen with its reason
     * ({@code ?error}, {@code ?locked}, {@code ?disabled}).
     */
    void submitLogin(String username, String password) {
        open("/login");
        type(By.cssSelector("vaadin-login-form input[name='username']"), username);
        type(By.cssSelector("vaadin-login-form input[name='password']"), password);
        find(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(
                d -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().matches(".*/login\\?.+"));
        waitForVaadin();
    }

    /** Ticks or unticks the checkbox of a Vaadin checkbox group whose label starts with the text. */
    void tick(String groupId, String labelStart, boolean checked) {
        WebElement box = wait.until(d -> d.findElements(By.cssSelector("#" + groupId + " vaadin-checkbox")).stream()
                .filter(c -> c.getText().strip().startsWith(labelStart))
                .findFirst()
                .orElse(null));
        if (box.getDomAttribute("checked") != null != checked) {
            click(box.findElement(By.cssSelector("input")));
        }
    }

    /** The texts of a grid's visible cells (Vaadin keeps hidden, reused cells too; those are left out). */
    List<String> gridTexts(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    /** Waits until some visible cell of a grid passes the test. */
    void waitForGridCell(String gridId, java.util.function.Predicate<String> cellText) {
        wait.until(d -> gridTexts(gridId).stream().anyMatch(cellText));
    }

    /** Vaadin is idle when no client has a request in flight. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                        + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    void type(By by, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(by));
        input.clear();
        input.sendKeys(text);
    }

    /** Text field or area by the id of its Vaadin component. */
    void fill(String componentId, String text) {
        type(By.cssSelector("#" + componentId + " input, #" + componentId + " textarea"), text);
        commit(componentId);
    }

    /**
     * Puts a long text into a Vaadin field at once, as a paste does, and lets the server hear the change. Typing
     * 5,000 characters key by key would take the test far longer and test nothing more.
     */
    void paste(String componentId, String text) {
        WebElement field = find(By.id(componentId));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                        field,
                        text);
        waitForVaadin();
    }

    /** Sets a component's value property (date-time pickers take ISO local values such as 2025-12-27T11:20). */
    void setValue(String componentId, String value) {
        paste(componentId, value);
    }

    void commit(String componentId) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                        find(By.id(componentId)));
        waitForVaadin();
    }

    void click(String componentId) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id(componentId))));
    }

    String value(String componentId) {
        return (String)
                ((JavascriptExecutor) driver).executeScript("return arguments[0].value;", find(By.id(componentId)));
    }

    /** The count a queue shows in the navigation, e.g. 3 for "My drafts (3)"; {@code queue} is its slug. */
    int queueCount(String queue) {
        String label = find(By.cssSelector("vaadin-side-nav-item[data-queue='" + queue + "']"))
                .getDomProperty("textContent");
        java.util.regex.Matcher count =
                java.util.regex.Pattern.compile("\\((\\d+)\\)").matcher(label);
        if (!count.find()) {
            throw new AssertionError("no count in the navigation's " + queue + ": " + label);
        }
        return Integer.parseInt(count.group(1));
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(Desk.BASE_URL.length());
    }

    void waitForPath(String regex) {
        wait.until(d -> d.getCurrentUrl().substring(Desk.BASE_URL.length()).matches(regex));
        waitForVaadin();
    }

    String sessionCookie() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** Opens a grid row: clicks the first visible cell whose text passes the test (Vaadin reuses hidden cells). */
    void openGridRow(String gridId, java.util.function.Predicate<String> cellText) {
        // The grid may render again between finding the cell and clicking it (after a filter, say): a cell gone or
        // left without a size is looked for again (one CI run failed on "element has zero size").
        wait.until(d -> {
            try {
                WebElement cell = d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                        .filter(c -> c.isDisplayed() && cellText.test(c.getText()))
                        .findFirst()
                        .orElse(null);
                if (cell == null) {
                    return null;
                }
                scrollToAndClick(cell);
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.ElementNotInteractableException e) {
                return null;
            }
        });
        waitForVaadin();
    }

    /**
     * Chooses a file in a Vaadin upload, as the file dialog would: its file input lives in the upload's shadow root,
     * hidden behind the "Upload" button, so it is shown for the driver to type the path into.
     */
    void uploadFile(String uploadId, java.nio.file.Path file) {
        WebElement upload = find(By.id(uploadId));
        WebElement input = (WebElement) script(
                "const input = arguments[0].shadowRoot.querySelector('input[type=file]');"
                        + " input.removeAttribute('hidden'); input.style.display = 'block'; return input;",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    /** Clicks an element as a user would after scrolling it into the middle of the window. */
    void click(WebElement element) {
        scrollToAndClick(element);
        waitForVaadin();
    }

    private void scrollToAndClick(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    void click(By by) {
        click(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
    }

    /**
     * Selects words in a text on the page, as a reader drags across them: the first occurrence of the phrase
     * inside the element with the id, across any markup inside it.
     */
    void selectWords(String containerId, String phrase) {
        // The phrase may run across several text nodes: the assistant's marks split a paragraph's text.
        Object found = script(
                "const root = document.getElementById(arguments[0]); const phrase = arguments[1];"
                        + "const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                        + "const nodes = []; let all = ''; let node;"
                        + "while ((node = walker.nextNode())) { nodes.push([node, all.length]); all += node.data; }"
                        + "const at = all.indexOf(phrase); if (at < 0) { return false; }"
                        + "const locate = (offset, atEnd) => { for (const [n, from] of nodes) {"
                        + "  const to = from + n.data.length;"
                        + "  if (offset < to || atEnd && offset === to) { return [n, offset - from]; } } return null; };"
                        + "const [startNode, startOffset] = locate(at, false);"
                        + "const [endNode, endOffset] = locate(at + phrase.length, true);"
                        + "const range = document.createRange(); range.setStart(startNode, startOffset);"
                        + "range.setEnd(endNode, endOffset); const s = window.getSelection();"
                        + "s.removeAllRanges(); s.addRange(range); return true;",
                containerId,
                phrase);
        if (!Boolean.TRUE.equals(found)) {
            throw new AssertionError("not on the page: " + phrase);
        }
    }

    /** Chooses an item of a vaadin-select by its visible label. */
    void choose(WebElement select, String label) {
        click(select);
        WebElement item =
                wait.until(d -> d.findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item")).stream()
                        .filter(i -> i.isDisplayed() && i.getText().strip().equals(label))
                        .findFirst()
                        .orElse(null));
        item.click();
        waitForVaadin();
    }

    /** Chooses an item of a vaadin-combo-box: types to filter, then clicks the item with exactly that label. */
    void pick(WebElement comboBox, String filter, String label) {
        WebElement input = comboBox.findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(filter);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().strip().equals(label))
                .findFirst()
                .orElse(null));
        item.click();
        waitForVaadin();
    }

    /** Types into the input of a Vaadin field inside a container and lets the server hear it. */
    void typeIn(WebElement container, String fieldClass, String text) {
        WebElement field = container.findElement(By.cssSelector("." + fieldClass));
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(text);
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", field);
        waitForVaadin();
    }

    WebElement last(By by) {
        List<WebElement> all = wait.until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found;
        });
        return all.get(all.size() - 1);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebDriverWait waiting() {
        return wait;
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("test.screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // A missing screenshot must not hide the test's own failure.
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
