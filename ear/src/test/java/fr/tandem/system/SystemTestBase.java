package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every system test needs: the address of the running application
 * ({@code tandem.st.baseUrl}, default {@code http://localhost:18080}), a browser for the test
 * class (started on first use, closed after the class), logging in and out as a demo account, and
 * the REST API. When a test fails, a screenshot and the page source are saved (see
 * {@link FailureEvidence}). After each test, the browser's console must hold no violation of the
 * content security policy: a script, handler or evaluation the policy blocked is a page that does
 * not work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(FailureEvidence.class)
abstract class SystemTestBase {

    /** How long a page may take to show what a test waits for. */
    static final Duration WAIT = Duration.ofSeconds(30);
    /** How Chromium says that an element read was replaced in the page meanwhile (instead of a stale element). */
    private static final String REPLACED_NODE = "does not belong to the document";

    final String baseUrl = System.getProperty("tandem.st.baseUrl", "http://localhost:18080").replaceAll("/+$", "");
    final Api api = new Api(baseUrl);
    private Browser browser;

    /** The browser of this test class, started on first use. */
    WebDriver browser() {
        if (browser == null) {
            browser = Browser.start();
            browser.driver().manage().timeouts().scriptTimeout(WAIT);
        }
        return browser.driver();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noContentSecurityPolicyViolation() {
        if (browser != null) {
            List<String> violations = cspViolationsInConsole();
            assertThat("the browser blocked what the content security policy forbids: " + violations,
                    violations.isEmpty());
        }
    }

    /**
     * The content security policy violations the browser's console reported since it was last
     * read (reading empties it).
     */
    List<String> cspViolationsInConsole() {
        return browser().manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** A phone's window (an iPhone 12 to 15, in CSS pixels): the width every page must fit. */
    static final Dimension PHONE = new Dimension(390, 844);

    /**
     * Runs an action with the browser's window at {@link #PHONE} size, and gives the window its
     * former size back afterwards.
     */
    <T> T onPhone(Supplier<T> action) {
        Dimension wide = browser().manage().window().getSize();
        browser().manage().window().setSize(PHONE);
        try {
            return action.get();
        } finally {
            browser().manage().window().setSize(wide);
        }
    }

    /**
     * Fails when the current page is still wider than the window a few seconds after it was opened or
     * resized (it would scroll sideways, WCAG 1.4.10), naming the elements that reach past its right edge.
     */
    void assertNoSidewaysScroll(String page) {
        JavascriptExecutor script = (JavascriptExecutor) browser();
        // a page fits once its layout has followed the window's new size (charts resize a moment later)
        String overflowScript = "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";
        try {
            new WebDriverWait(browser(), Duration.ofSeconds(5))
                    .until(d -> ((Number) script.executeScript(overflowScript)).intValue() <= 0);
        } catch (TimeoutException stillWider) {
            // reported below, with the elements that reach past the edge
        }
        Number overflow = (Number) script.executeScript(overflowScript);
        Object widest = script.executeScript("const w = document.documentElement.clientWidth;"
                + "return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right + window.scrollX > w + 1)"
                // what overflows inside a box that scrolls or clips its own content does not widen the page
                + ".filter(e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                + "  if (getComputedStyle(a).overflowX !== 'visible') return false; } return true; }).slice(0, 5)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
                + " + Math.round(e.getBoundingClientRect().right + window.scrollX));");
        assertThat(page + " scrolls sideways at " + browser().manage().window().getSize().getWidth() + " px: " + widest,
                overflow.intValue() <= 0);
    }

    /**
     * Sets the time zone the browser's pages run in ({@code UTC}, {@code America/Cayenne}) until
     * the browser closes or another zone is set; {@code null} gives the machine's zone back. Pages
     * opened afterwards see it in their scripts' {@code Date} and {@code Intl}.
     */
    void inTimeZone(String zoneId) {
        ((ChromeDriver) browser()).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", zoneId == null ? "" : zoneId));
    }

    /** Opens a page of the application, given by its path ({@code /schools/list.xhtml}). */
    void open(String path) {
        browser().get(baseUrl + path);
    }

    /**
     * A wait of {@link #WAIT} that looks again when an Ajax update replaced an element between
     * finding it and reading it: Selenium's stale element, or Chromium's own words for it ("Node with
     * given id does not belong to the document", an unknown error).
     */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser(), WAIT) {
            @Override
            public <V> V until(Function<? super WebDriver, ? extends V> isTrue) {
                return super.<V>until(driver -> {
                    try {
                        return isTrue.apply(driver);
                    } catch (WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains(REPLACED_NODE)) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Waits until no PrimeFaces control is still marked as loading for an Ajax request it sent: a
     * command link or button stays disabled (dimmed) for a moment after the answer is applied.
     */
    void waitForAjaxControls() {
        waiting().until(driver -> driver.findElements(By.cssSelector(".ui-state-loading")).isEmpty());
    }

    WebElement waitFor(By locator) {
        return waitFor(locator, WAIT);
    }

    WebElement waitFor(By locator, Duration timeout) {
        return new WebDriverWait(browser(), timeout).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Logs in through the login page, in a new session, and waits for the first page. */
    void login(DemoAccount account) {
        open("/login.xhtml");
        browser().manage().deleteAllCookies();
        open("/login.xhtml");
        type(By.id("username"), account.username());
        type(By.id("password"), DemoAccount.PASSWORD);
        browser().findElement(By.id("login")).click();
        waitFor(By.id("current-user"));
    }

    /**
     * Follows an entry of the main menu ({@code menu-…}) as a user does: on a phone opens the folded
     * menu, then opens the entry's section (a disclosure button) unless it is open, and clicks the entry.
     */
    void followMenu(String entry) {
        WebElement link = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(entry)));
        WebElement toggle = browser().findElement(By.id("menu-toggle"));
        if (toggle.isDisplayed() && !"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        for (WebElement section : link.findElements(By.xpath("ancestor::li[contains(@class, 'menu-section')]/button"))) {
            if (!"true".equals(section.getAttribute("aria-expanded"))) {
                section.click();
            }
        }
        waitFor(By.id(entry)).click();
    }

    /** Logs out with the logout button and waits for the login page. */
    void logout() {
        waitFor(By.id("logout")).click();
        waitFor(By.id("username"));
    }

    /**
     * Clicks an element that an Ajax update may be replacing at that moment: finds it again and
     * retries until the click lands.
     */
    void clickWhenSettled(By locator) {
        waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            driver.findElement(locator).click();
            return true;
        });
    }

    void type(By locator, String text) {
        WebElement input = waitFor(locator);
        input.clear();
        input.sendKeys(text);
    }

    /** The number an element shows as its text ({@code 613}, or {@code 1 234} with a thousands separator). */
    int numberIn(By locator) {
        return Integer.parseInt(textOf(locator).replaceAll("\\D", ""));
    }

    /**
     * The text of an element once visible, read again when an Ajax update replaced the element
     * between finding and reading it.
     */
    String textOf(By locator) {
        return waiting().until(d -> waitFor(locator).getText());
    }

    /**
     * Requests a path from inside the browser, with its session, and answers the status code (which
     * a browser does not show) and the text a person would read on the page (without scripts and styles).
     */
    PageResponse fetchInBrowser(String path) {
        Map<?, ?> result = (Map<?, ?>) ((JavascriptExecutor) browser()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(html => {"
                        + "  const page = new DOMParser().parseFromString(html, 'text/html');"
                        + "  page.querySelectorAll('script, style').forEach(e => e.remove());"
                        + "  done({status: r.status, text: page.body.textContent});"
                        + "}))"
                        + ".catch(e => done({status: -1, text: String(e)}));",
                baseUrl + path);
        return new PageResponse(((Number) result.get("status")).intValue(), (String) result.get("text"));
    }

    record PageResponse(int status, String text) {
    }

    /** The text of the current page, as a person reads it. */
    String visibleText() {
        return browser().findElement(By.tagName("body")).getText();
    }

    /** An error answer (a page's text, an API body) must not show the application's internals. */
    static void assertNoStackTrace(String text) {
        assertThat(text, not(containsString("Exception")));
        assertThat(text, not(containsString("at fr.")));
    }

    /**
     * Saves what the browser shows now as {@code target/screenshots/<name>.png} (the pictures of the
     * interface the README shows are copied from there to {@code docs/screenshots/}).
     */
    void saveScreenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot and the source of the current page, when a browser was started. */
    void saveEvidence(Path directory, String name) {
        if (browser == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            WebDriver driver = browser.driver();
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(directory.resolve(name + ".html"),
                    driver.getCurrentUrl() + "\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
