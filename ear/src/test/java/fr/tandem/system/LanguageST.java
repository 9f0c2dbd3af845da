package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Pages are in French by default; the language links switch the labels to English and back. The
 * language chosen on the profile page, with the keyboard, stays on the account for the next visit.
 */
class LanguageST extends SystemTestBase {

    private static final By HOME = By.id("menu-home");
    private static final By LANGUAGE = By.id("profile-language");

    @Test
    void englishLinkChangesTheLabels() {
        login(DemoAccount.TEACHER);
        String french = textOf(HOME);

        waitFor(By.id("lang-en")).click();
        waitForHomeLabel(label -> !label.equals(french), "the home menu entry to leave its French label '" + french + "'");

        waitFor(By.id("lang-fr")).click();
        waitForHomeLabel(french::equals, "the home menu entry to read '" + french + "' again");
    }

    @Test
    void theLanguageChosenOnTheProfileFollowsThePersonToTheirNextVisit() {
        try {
            login(DemoAccount.COUNCILLOR);
            open("/profile.xhtml");
            assertThat(waitFor(LANGUAGE).getAttribute("value"), is("fr"));
            waitFor(LANGUAGE).sendKeys("English");
            waitFor(LANGUAGE).sendKeys(Keys.TAB);
            browser().switchTo().activeElement().sendKeys(Keys.ENTER);
            waitForHomeLabel("Home"::equals, "the page to speak English after saving the language");
            assertThat(waitFor(LANGUAGE).getAttribute("value"), is("en"));

            logout();
            login(DemoAccount.COUNCILLOR);
            waitForHomeLabel("Home"::equals, "the next visit to speak English");

            waitFor(By.id("lang-fr")).click();
            waitForHomeLabel("Accueil"::equals, "the language switch to bring French back");
            logout();
            login(DemoAccount.COUNCILLOR);
            waitForHomeLabel("Accueil"::equals, "the switch to French to be remembered too");
        } finally {
            // whatever happened, the account speaks French again for the other tests
            api.put("/api/me/language", DemoAccount.COUNCILLOR, "application/json",
                    "{\"language\":\"fr\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Waits until the label of the home menu entry, found anew as the page reloads, passes the check. */
    private void waitForHomeLabel(Predicate<String> check, String what) {
        waiting()
                .ignoring(StaleElementReferenceException.class)
                .withMessage(what)
                .until(driver -> check.test(driver.findElement(HOME).getText()));
    }
}
