package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The teacher's side of training in the browser: a booking is cancelled only once the confirmation
 * dialog is answered "yes" ("no" keeps it), the cancellation can be undone, the session page shows
 * the offer's description and gives the session as an iCalendar file in Paris time, the catalogue's
 * filters clear in one step, and both pages fit a phone.
 */
class TeacherSessionST extends SystemTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final String title = "Session du catalogue " + System.currentTimeMillis() % 1_000_000;
    private final String description = "Une matinée pour essayer la classe mobile, apportez vos idées.";
    /** A Wednesday far ahead, 09:00 to 12:00 in Paris. */
    private final ZonedDateTime start = LocalDate.now(PARIS).plusYears(3).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
            .atTime(9, 0).atZone(PARIS);
    private long sessionId;

    @BeforeAll
    void aPublishedOfferOfTheTeachersCirconscription() {
        String offer = Json.createObjectBuilder().add("title", title).add("description", description)
                .add("topic", "ENI").add("category", "OPTIONNELLE").add("nature", "ANIMATION_PEDAGOGIQUE")
                .add("modality", "PRESENTIEL").add("minutesCredited", 180)
                .add("enrolmentOpens", ZonedDateTime.now(PARIS).minusDays(1).toInstant().toString())
                .add("enrolmentCloses", start.minusDays(1).toInstant().toString()).build().toString();
        HttpResponse<String> created = api.post("/api/training/offers", DemoAccount.INSPECTOR, "application/json",
                offer.getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        long offerId = Api.json(created).getJsonNumber("id").longValue();
        String session = Json.createObjectBuilder().add("startsAt", start.toInstant().toString())
                .add("endsAt", start.plusHours(3).toInstant().toString()).add("place", "École des essais du catalogue")
                .add("capacity", 2).build().toString();
        HttpResponse<String> added = api.post("/api/training/offers/" + offerId + "/sessions", DemoAccount.INSPECTOR,
                "application/json", session.getBytes(StandardCharsets.UTF_8));
        assertThat(added.body(), added.statusCode(), is(201));
        sessionId = Api.json(added).getJsonNumber("sessionId").longValue();
        HttpResponse<String> published = api.post("/api/training/offers/" + offerId + "/publication",
                DemoAccount.INSPECTOR, "application/json", new byte[0]);
        assertThat(published.body(), published.statusCode(), is(200));
    }

    @Test
    void aBookingIsCancelledOnlyAfterConfirmingAndTheCancellationCanBeUndone() {
        login(DemoAccount.TEACHER);
        openCatalogueOn(title);
        clickWhenSettled(By.xpath(row() + "//*[contains(@class, 'book-button')]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Votre place est réservée"));
        assertThat(textOf(By.id("my-bookings")), containsString(title));

        // "Non, revenir" (the focused answer) keeps the booking
        clickWhenSettled(By.xpath(row() + "//*[contains(@class, 'cancel-button')]"));
        WebElement dialog = waitFor(By.cssSelector(".ui-confirm-dialog"));
        assertThat(dialog.getText(), containsString("Annuler ma réservation"));
        waiting().until(driver -> "confirm-form:confirm-no".equals(driver.switchTo().activeElement().getAttribute("id")));
        browser().findElement(By.id("confirm-form:confirm-no")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        open("/training/catalogue.xhtml");
        assertThat(textOf(By.id("my-bookings")), containsString(title));

        // "Oui, confirmer" cancels it, and the undo books it again
        openCatalogueOn(title);
        clickWhenSettled(By.xpath(row() + "//*[contains(@class, 'cancel-button')]"));
        waitFor(By.cssSelector(".ui-confirm-dialog"));
        browser().findElement(By.id("confirm-form:confirm-yes")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "est annulée"));
        assertThat(textOf(By.id("my-bookings")), not(containsString(title)));
        clickWhenSettled(By.id("undo-cancel"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Votre place est réservée"));
        assertThat(textOf(By.id("my-bookings")), containsString(title));
        assertThat(browser().findElements(By.id("undo-cancel")), is(empty()));
    }

    @Test
    void theSessionPageShowsTheOfferAndGivesItAsACalendarFileInParisTime() {
        login(DemoAccount.TEACHER);
        openCatalogueOn(title);
        assertThat(textOf(By.xpath(row())), containsString(description));
        assertThat(textOf(By.xpath(row())), containsString("toute la circonscription"));
        clickWhenSettled(By.xpath(row() + "//a[contains(@class, 'session-link')]"));
        waitFor(By.id("session-description"));
        assertThat(browser().getCurrentUrl(), containsString("/training/session.xhtml?id=" + sessionId));
        assertThat(textOf(By.id("breadcrumbs")), containsString("Formations"));
        assertThat(textOf(By.id("breadcrumbs")), containsString(title));
        assertThat(textOf(By.id("session-description")), is(description));
        assertThat(textOf(By.id("session-when")), containsString("09:00 – 12:00"));
        assertThat(textOf(By.id("session-hours")), containsString("3"));
        assertThat(textOf(By.id("session-for")), containsString("toute la circonscription"));

        inTimeZone("UTC");
        try {
            open("/training/session.xhtml?id=" + sessionId);
            assertThat(textOf(By.id("session-when")), containsString("09:00 – 12:00"));
            String ics = download(By.id("add-to-calendar"));
            assertThat(ics, containsString("BEGIN:VEVENT"));
            assertThat(ics, containsString("DTSTART;TZID=Europe/Paris:"
                    + DateTimeFormatter.ofPattern("yyyyMMdd'T'090000").format(start)));
            assertThat(ics, containsString("SUMMARY:" + title));
        } finally {
            inTimeZone(null);
        }

        assertThat(fetchInBrowser("/training/session.xhtml?id=999999999").status(), is(404));
        List<Axe.Violation> blocking = Axe.scan(browser(), "teacher /training/session.xhtml").stream()
                .filter(Axe.Violation::blocking).toList();
        assertThat(blocking.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")), blocking, is(empty()));
    }

    @Test
    void theFiltersClearInOneStepAndBothPagesFitAPhone() {
        login(DemoAccount.TEACHER);
        open("/training/catalogue.xhtml");
        type(By.id("catalogue-words"), "aucunmotpareil" + System.nanoTime());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogue"),
                "Aucune session ne correspond à vos filtres."));
        clickWhenSettled(By.cssSelector("#catalogue .empty-clear"));
        waiting().until(driver -> driver.findElements(By.cssSelector("#catalogue_data .book-button, #catalogue_data .cancel-button")).size() > 0);
        assertThat(browser().findElement(By.id("catalogue-words")).getAttribute("value"), is(""));
        assertThat(browser().findElements(By.cssSelector("#catalogue .empty-clear")), is(empty()));

        onPhone(() -> {
            open("/training/catalogue.xhtml");
            waitFor(By.id("catalogue"));
            assertNoSidewaysScroll("the catalogue");
            WebElement book = waitFor(By.cssSelector("#catalogue_data .book-button"));
            Map<?, ?> box = (Map<?, ?>) ((JavascriptExecutor) browser()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'}); const r = arguments[0].getBoundingClientRect();"
                            + "return {left: r.left, right: r.right, width: document.documentElement.clientWidth};", book);
            assertThat("the book button starts inside the window", ((Number) box.get("left")).doubleValue() >= 0, is(true));
            assertThat(((Number) box.get("right")).doubleValue(), lessThanOrEqualTo(((Number) box.get("width")).doubleValue()));
            ((JavascriptExecutor) browser()).executeScript("window.scrollTo(0, 0);");
            saveScreenshot("catalogue-phone");
            open("/training/session.xhtml?id=" + sessionId);
            waitFor(By.id("session-description"));
            assertNoSidewaysScroll("the session page");
            saveScreenshot("session-phone");
            return null;
        });
    }

    /** The row of this test's session in the catalogue. */
    private String row() {
        return "//*[@id='catalogue']//tr[contains(., '" + title + "')]";
    }

    /** Opens the catalogue and narrows it to the words, waiting for the one row that matches. */
    private void openCatalogueOn(String words) {
        open("/training/catalogue.xhtml");
        type(By.id("catalogue-words"), words);
        waiting().until(driver -> {
            List<WebElement> rows = driver.findElements(By.xpath("//tbody[@id='catalogue_data']/tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(words);
        });
    }

    /** Posts the form of a download button as the browser would, and gives the file's text. */
    private String download(By button) {
        return (String) ((JavascriptExecutor) browser()).executeAsyncScript(
                "const done = arguments[arguments.length - 1], b = arguments[0], form = b.form;"
                        + "const data = new URLSearchParams(new FormData(form)); data.append(b.name, b.value || b.name);"
                        + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(r => r.text()).then(done).catch(e => done('failed: ' + e));",
                waitFor(button));
    }
}
