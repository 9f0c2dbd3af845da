package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * From a request to hours, through the pages: an inspector opens an offer whose enrolments need
 * validation with a session tomorrow (Paris time), a teacher asks for a seat, the inspector accepts
 * the request, moves the session to the first minutes of today in the session dialog and marks the
 * teacher present on the day, and the teacher's hours grow by the offer's credit in the formation
 * continue column.
 */
class TrainingHoursST extends SystemTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void anAcceptedRequestThenAttendanceOnTheDayCountsInTheTeachersHours() {
        ZonedDateTime now = ZonedDateTime.now(PARIS);
        // booked while still to come, then moved to today (any hour of the day works)
        ZonedDateTime tomorrow = now.plusDays(1);
        LocalTime start = LocalTime.of(9, 0);
        LocalTime end = LocalTime.of(9, 30);
        String title = "Atelier du jour " + System.currentTimeMillis() % 1_000_000;

        login(DemoAccount.TEACHER);
        open("/training/catalogue.xhtml");
        String doneBefore = textOf(By.id("hours-done"));
        String fcBefore = textOf(By.id("hours-fc"));
        logout();

        login(DemoAccount.INSPECTOR);
        open("/training/offers.xhtml");
        waitFor(By.id("offer-new")).click();
        type(By.id("offer-title"), title);
        type(By.id("offer-hours"), "0.5");
        select("offer-nature", "FORMATION_CONTINUE");
        waitFor(By.id("offer-validation")).click();
        setValue("offer-closes_input", now.plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser().findElement(By.id("offer-create")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), title));

        waitFor(By.id("session-new")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("session-dialog")));
        setValue("session-day_input", tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        setValue("session-start_input", start.format(DateTimeFormatter.ofPattern("HH:mm")));
        setValue("session-end_input", end.format(DateTimeFormatter.ofPattern("HH:mm")));
        type(By.id("session-place_input"), "École Jean Moulin (démo)");
        type(By.id("session-capacity"), "3");
        browser().findElement(By.id("session-add")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"), "0/3"));
        clickWhenSettled(By.id("offer-publish"));
        waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "publiée"));
        logout();

        login(DemoAccount.TEACHER);
        open("/training/catalogue.xhtml");
        clickWhenSettled(By.xpath("//*[@id='catalogue']//tr[contains(., '" + title + "')]//*[contains(@class, 'book-button')]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "l'inspection la valide"));
        assertThat(textOf(By.id("my-bookings")), containsString("En attente de validation"));
        logout();

        login(DemoAccount.INSPECTOR);
        open("/training/offers.xhtml");
        // the list tells the request waits; the offer's page opens the session's enrolments
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//tr[contains(., '" + title + "')]"),
                "1 demande(s) à valider"));
        clickWhenSettled(By.xpath("//tr[contains(., '" + title + "')]//a[contains(@class, 'offer-link')]"));
        clickWhenSettled(By.cssSelector("#sessions a.enrolments-link"));
        clickWhenSettled(By.cssSelector("#enrolments .accept-request"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "acceptée"));
        // the session moves to the first minutes of today, through the session dialog
        clickWhenSettled(By.cssSelector("#sessions a.edit-session"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("session-dialog")));
        waiting().until(ExpectedConditions.attributeToBe(By.id("session-day_input"), "value",
                tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        setValue("session-day_input", now.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        setValue("session-start_input", "00:01");
        setValue("session-end_input", "00:31");
        browser().findElement(By.id("session-add")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-dialog")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "La session est modifiée"));
        browser().navigate().refresh();
        clickWhenSettled(By.xpath("//li[contains(@class, 'attendance-row') and contains(., 'Enseignant (démo)')]"
                + "//div[contains(@class, 'ui-button') and normalize-space(.) = 'Présent·e']"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
                "//li[contains(@class, 'attendance-row') and contains(., 'Enseignant (démo)')]//*[contains(@class, 'ui-state-active')]"),
                "Présent·e"));
        logout();

        login(DemoAccount.TEACHER);
        open("/training/catalogue.xhtml");
        assertThat(textOf(By.id("my-bookings")), containsString("Inscrit"));
        assertThat(textOf(By.id("hours-done")), not(doneBefore));
        assertThat(textOf(By.id("hours-fc")), not(fcBefore));
    }

    /**
     * Hours done outside Tandem through the pages: the teacher declares a m@gistère course with its
     * certificate (a PDF file chosen in the form), sees it waiting, the inspector validates it from the
     * list of declarations waiting, and the teacher's hours show it apart ("hors Tandem"); the pages
     * have no serious accessibility violation, and the settings page of the hours opens for the inspector.
     */
    @Test
    void hoursDoneOutsideTandemAreDeclaredThenValidated() throws Exception {
        String title = "Parcours m@gistère " + System.currentTimeMillis() % 1_000_000;
        Path certificate = Files.createTempFile("attestation-magistere", ".pdf");
        Files.write(certificate, "%PDF-1.4\n% attestation\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        List<Axe.Violation> violations = new ArrayList<>();

        login(DemoAccount.TEACHER);
        open("/training/catalogue.xhtml");
        String outsideBefore = textOf(By.id("hours-outside"));
        clickWhenSettled(By.id("outside-hours-link"));
        type(By.id("outside-title"), title);
        select("outside-provider", "MAGISTERE");
        setValue("outside-date_input", ZonedDateTime.now(PARIS).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        select("outside-nature", "FORMATION_CONTINUE");
        select("outside-modality", "DISTANCE");
        type(By.id("outside-hours"), "1");
        type(By.id("outside-minutes"), "30");
        browser().findElement(By.id("outside-file")).sendKeys(certificate.toAbsolutePath().toString());
        violations.addAll(Axe.scan(browser(), "enseignant /training/outside-hours.xhtml"));
        browser().findElement(By.id("outside-declare")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outside-mine"), title));
        assertThat(textOf(By.id("outside-mine")), containsString("En attente"));
        logout();

        login(DemoAccount.INSPECTOR);
        open("/training/outside-hours-review.xhtml");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outside-waiting"), title));
        violations.addAll(Axe.scan(browser(), "ien /training/outside-hours-review.xhtml"));
        clickWhenSettled(By.xpath("//*[@id='outside-waiting']//tr[contains(., '" + title + "')]"
                + "//button[contains(., 'Valider')]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outside-review-messages"),
                "Heures validées"));
        open("/training/hours-settings.xhtml");
        waitFor(By.id("hours-settings-policy"));
        violations.addAll(Axe.scan(browser(), "ien /training/hours-settings.xhtml"));
        logout();

        login(DemoAccount.TEACHER);
        open("/training/catalogue.xhtml");
        assertThat(textOf(By.id("hours-outside")), not(outsideBefore));
        assertThat(violations.stream().filter(v -> Axe.BLOCKING.contains(v.impact())).toList().toString(),
                violations.stream().noneMatch(v -> Axe.BLOCKING.contains(v.impact())));
    }

    private void select(String id, String value) {
        WebElement select = waitFor(By.id(id));
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", select, value);
    }

    /** Fills a date or time picker's text field without opening its overlay (which would cover the form). */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", waitFor(By.id(id)), value);
    }
}
