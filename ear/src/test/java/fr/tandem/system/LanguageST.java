package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Pages are in French by default; the language links switch the labels to English and back. The
 * language chosen on the profile page, with the keyboard, stays on the account for the next visit.
 * English pages read as one person wrote them ("district" for circonscription), and date pickers
 * start their weeks on Monday in both languages.
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

    @Test
    void englishPagesReadAsOneVoiceAndTheirWeeksStartOnMonday() {
        try {
            login(DemoAccount.ADMIN);
            waitFor(By.id("lang-en")).click();
            waitForHomeLabel("Home"::equals, "the pages to speak English");
            assertThat(textOf(By.cssSelector(".brand-tagline")), is("Digital education shared by the city and the district"));

            open("/admin/account.xhtml?username=ien");
            assertThat(textOf(By.cssSelector("label[for^='circonscription']")), is("District"));
            assertThat(textOf(By.cssSelector(".required-legend")), is("Fields marked with an asterisk (*) are required."));

            open("/admin/audit.xhtml");
            waitFor(By.cssSelector("#audit-from .ui-datepicker-trigger")).click();
            WebElement firstDay = waitFor(By.cssSelector("div.ui-datepicker[id$='_panel'] .ui-datepicker-calendar thead th"));
            assertThat("the first column of the English date picker", firstDay.getText(), startsWith("Mo"));
        } finally {
            api.put("/api/me/language", DemoAccount.ADMIN, "application/json",
                    "{\"language\":\"fr\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void frenchDatePickersStartTheirWeeksOnMondayToo() {
        login(DemoAccount.ADMIN);
        open("/admin/audit.xhtml");
        waitFor(By.cssSelector("#audit-from .ui-datepicker-trigger")).click();
        WebElement firstDay = waitFor(By.cssSelector("div.ui-datepicker[id$='_panel'] .ui-datepicker-calendar thead th"));
        assertThat("the first column of the French date picker", firstDay.getText(), startsWith("Lu"));
    }

    /** Waits until the label of the home menu entry, found anew as the page reloads, passes the check. */
    private void waitForHomeLabel(Predicate<String> check, String what) {
        waiting()
                .ignoring(StaleElementReferenceException.class)
                .withMessage(what)
                .until(driver -> check.test(driver.findElement(HOME).getText()));
    }
}
