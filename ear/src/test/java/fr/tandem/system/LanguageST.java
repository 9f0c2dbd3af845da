package fr.tandem.system;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/** Pages are in French by default; the language links switch the labels to English and back. */
class LanguageST extends SystemTestBase {

    private static final By HOME = By.id("menu-home");

    @Test
    void englishLinkChangesTheLabels() {
        login(DemoAccount.TEACHER);
        String french = textOf(HOME);

        waitFor(By.id("lang-en")).click();
        waitForHomeLabel(label -> !label.equals(french), "the home menu entry to leave its French label '" + french + "'");

        waitFor(By.id("lang-fr")).click();
        waitForHomeLabel(french::equals, "the home menu entry to read '" + french + "' again");
    }

    /** Waits until the label of the home menu entry, found anew as the page reloads, passes the check. */
    private void waitForHomeLabel(Predicate<String> check, String what) {
        waiting()
                .ignoring(StaleElementReferenceException.class)
                .withMessage(what)
                .until(driver -> check.test(driver.findElement(HOME).getText()));
    }
}
