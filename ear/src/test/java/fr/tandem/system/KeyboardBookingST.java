package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A teacher who uses only the keyboard logs in, reaches the training catalogue from the menu (opening its
 * "Formation" section with Enter), books a session and cancels the booking, answering the confirmation
 * dialog with the keyboard too: every
 * key goes to the focused element (no click), and the focused book button shows a visible focus indicator.
 */
class KeyboardBookingST extends SystemTestBase {

    /** More Tab presses than any page of the journey has focusable elements before its target. */
    private static final int MAX_TABS = 300;

    @Test
    void aTeacherBooksAndCancelsWithTheKeyboardOnly() {
        open("/login.xhtml");
        browser().manage().deleteAllCookies();
        open("/login.xhtml");
        waitFor(By.id("username"));
        tabTo(e -> "username".equals(e.getAttribute("id")));
        press(DemoAccount.TEACHER.username());
        tabTo(e -> "password".equals(e.getAttribute("id")));
        press(DemoAccount.PASSWORD);
        press(Keys.ENTER);
        waitFor(By.id("current-user"));

        tabTo(e -> "menu-section-training".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        tabTo(e -> "menu-training".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        waitFor(By.id("catalogue"));
        assertThat(browser().getCurrentUrl(), endsWith("/training/catalogue.xhtml"));

        WebElement book = tabTo(e -> e.getAttribute("class") != null && e.getAttribute("class").contains("book-button"));
        assertNull(focusIndicatorMissing(book), "the focused book button shows no focus indicator");
        String session = book.getAttribute("aria-label").replaceFirst("^.*? — ", "");
        String title = book.findElement(By.xpath("ancestor::tr[1]//strong")).getText();
        press(Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), title));
        assertThat(textOf(By.id("my-bookings")), containsString(title));

        WebElement cancel = tabTo(e -> e.getAttribute("class") != null && e.getAttribute("class").contains("cancel-button")
                && String.valueOf(e.getAttribute("aria-label")).endsWith(" — " + session));
        assertNull(focusIndicatorMissing(cancel), "the focused cancel button shows no focus indicator");
        press(Keys.SPACE);
        // the confirmation dialog opens with the safe answer focused; the keyboard moves to "Oui, confirmer"
        waiting().until(driver -> "confirm-form:confirm-no".equals(driver.switchTo().activeElement().getAttribute("id")));
        tabTo(e -> "confirm-form:confirm-yes".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "annulée"));
        assertTrue(browser().findElements(By.cssSelector(".cancel-button[aria-label$=' — " + session.replace("'", "\\'") + "']")).isEmpty(),
                "the session still offers to cancel the booking");
    }

    /** Presses Tab, sending it to whatever has the focus, until the focused element matches. */
    private WebElement tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            WebElement focused = browser().switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("no such element reached with " + MAX_TABS + " Tab presses");
    }

    /** Types keys into the focused element, as a keyboard does. */
    private void press(CharSequence keys) {
        new Actions(browser()).sendKeys(keys).perform();
    }

    /** Whether the element draws a focus indicator (an outline or a box-shadow); otherwise why not. */
    private String focusIndicatorMissing(WebElement element) {
        return (String) ((JavascriptExecutor) browser()).executeScript(
                "const e = arguments[0], s = getComputedStyle(e);"
                        + "const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"
                        + "return visible ? null : 'outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', box-shadow ' + s.boxShadow"
                        + " + ', focused ' + (document.activeElement === e) + ', :focus ' + e.matches(':focus')"
                        + " + ', :focus-visible ' + e.matches(':focus-visible') + ', document focused ' + document.hasFocus();",
                element);
    }
}
