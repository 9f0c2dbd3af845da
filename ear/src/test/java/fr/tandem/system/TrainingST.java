package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;


import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Training through the pages: an inspector creates and publishes an offer with a session, a
 * teacher of the circonscription books it in one click and finds it in their bookings, the
 * inspector reads the enrolment list.
 */
class TrainingST extends SystemTestBase {

    @Test
    void anInspectorPublishesASessionThatATeacherBooks() {
        String title = "Formation système " + System.currentTimeMillis() % 1_000_000;
        login(DemoAccount.INSPECTOR);
        open("/training/offer.xhtml");
        type(By.id("offer-title"), title);
        type(By.id("offer-hours"), "2.5");
        setDate("offer-closes", "31/12/2099");
        browser().findElement(By.id("offer-create")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), title));

        waitFor(By.id("session-new")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("session-dialog")));
        setDate("session-day", "15/01/2098");
        type(By.id("session-place_input"), "École Jean Moulin (démo)");
        type(By.id("session-capacity"), "2");
        browser().findElement(By.id("session-add")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"), "0/2"));
        String offerPage = browser().getCurrentUrl();
        clickWhenSettled(By.id("offer-publish"));
        waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "publiée"));
        logout();

        login(DemoAccount.TEACHER);
        open("/training/catalogue.xhtml");
        type(By.id("catalogue-words"), title);
        // the search answers before the booking: its Ajax update would otherwise clear the booking's message
        waiting().until(driver -> {
            List<WebElement> rows = driver.findElements(By.xpath("//tbody[@id='catalogue_data']/tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(title);
        });
        clickWhenSettled(By.xpath("//*[@id='catalogue']//tr[contains(., '" + title + "')]//*[contains(@class, 'book-button')]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), title));
        assertThat(textOf(By.id("my-bookings")), containsString(title));
        assertThat(textOf(By.id("my-bookings")), containsString("Inscrit"));
        logout();

        login(DemoAccount.INSPECTOR);
        browser().get(offerPage);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"), "1/2"));
        waitFor(By.xpath("//*[@id='sessions']//a[contains(., 'Inscrits')]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolments"), "Enseignant (démo)"));
    }

    /** Fills a date picker's text field without opening its calendar (which would cover the form). */
    private void setDate(String id, String day) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];",
                waitFor(By.id(id + "_input")), day);
    }
}
