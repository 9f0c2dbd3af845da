package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

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
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A course over several dates (an offer taken together) in the browser: the catalogue shows it
 * once as "Parcours en 3 dates" with every date in Paris time (the browser in UTC), one button
 * books every date, the teacher's bookings and the session page show the set, on a phone too.
 */
class SessionSetST extends SystemTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRENCH);

    private final String title = "Parcours webradio " + System.currentTimeMillis() % 1_000_000;
    /** Three Wednesdays far ahead, 14:00 to 17:00 in Paris (one in winter time, two in summer time or not). */
    private final List<ZonedDateTime> starts = List.of(0, 7, 14).stream()
            .map(days -> LocalDate.now(PARIS).plusYears(3).withMonth(3).withDayOfMonth(15)
                    .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).plusDays(days).atTime(14, 0).atZone(PARIS))
            .toList();
    private long firstSession;

    @BeforeAll
    void aPublishedCourseOfThreeWednesdays() {
        String offer = Json.createObjectBuilder().add("title", title).add("description", "Trois mercredis de webradio.")
                .add("topic", "Webradio").add("category", "OPTIONNELLE").add("nature", "FORMATION_CONTINUE")
                .add("modality", "PRESENTIEL").add("minutesCredited", 180).add("takenTogether", true)
                .add("enrolmentOpens", ZonedDateTime.now(PARIS).minusDays(1).toInstant().toString())
                .add("enrolmentCloses", starts.get(0).minusDays(1).toInstant().toString()).build().toString();
        HttpResponse<String> created = api.post("/api/training/offers", DemoAccount.INSPECTOR, "application/json",
                offer.getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        long offerId = Api.json(created).getJsonNumber("id").longValue();
        for (ZonedDateTime start : starts) {
            String session = Json.createObjectBuilder().add("startsAt", start.toInstant().toString())
                    .add("endsAt", start.plusHours(3).toInstant().toString()).add("place", "École des ondes")
                    .add("capacity", 3).build().toString();
            HttpResponse<String> added = api.post("/api/training/offers/" + offerId + "/sessions",
                    DemoAccount.INSPECTOR, "application/json", session.getBytes(StandardCharsets.UTF_8));
            assertThat(added.body(), added.statusCode(), is(201));
            if (start == starts.get(0)) {
                firstSession = Api.json(added).getJsonNumber("sessionId").longValue();
            }
        }
        HttpResponse<String> published = api.post("/api/training/offers/" + offerId + "/publication",
                DemoAccount.INSPECTOR, "application/json", new byte[0]);
        assertThat(published.body(), published.statusCode(), is(200));
    }

    @Test
    void aTeacherBooksEveryDateOfTheCourseInOneClickAndSeesThemInParisTime() {
        inTimeZone("UTC");
        try {
            login(DemoAccount.TEACHER);
            open("/training/catalogue.xhtml");
            type(By.id("catalogue-words"), title);
            waiting().until(driver -> {
                List<WebElement> rows = driver.findElements(By.xpath("//tbody[@id='catalogue_data']/tr"));
                return rows.size() == 1 && rows.get(0).getText().contains(title);
            });
            String row = textOf(By.xpath(row()));
            assertThat(row, containsString("Parcours en 3 dates"));
            for (ZonedDateTime start : starts) {
                assertThat(row, containsString(DAY.format(start) + " à 14:00 – 17:00"));
            }
            WebElement book = waitFor(By.xpath(row() + "//*[contains(@class, 'book-button')]"));
            assertThat(book.getText(), is("S'inscrire aux 3 dates"));
            clickWhenSettled(By.xpath(row() + "//*[contains(@class, 'book-button')]"));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Votre place est réservée"));
            String mine = textOf(By.id("my-bookings"));
            assertThat(mine.split(title, -1).length - 1, is(3));
            assertThat(mine, containsString("Parcours en 3 dates"));

            open("/training/session.xhtml?id=" + firstSession);
            String set = textOf(By.id("session-set"));
            for (ZonedDateTime start : starts) {
                assertThat(set, containsString(DAY.format(start) + " à 14:00 – 17:00"));
            }
            assertThat(textOf(By.id("session-mine")), containsString("Inscrit"));
            List<Axe.Violation> blocking = Axe.scan(browser(), "teacher /training/session.xhtml of a course").stream()
                    .filter(Axe.Violation::blocking).toList();
            assertThat(blocking.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")), blocking,
                    is(empty()));

            onPhone(() -> {
                open("/training/session.xhtml?id=" + firstSession);
                waitFor(By.id("session-set"));
                assertNoSidewaysScroll("the session page of a course");
                saveScreenshot("course-session-phone");
                open("/training/catalogue.xhtml");
                waitFor(By.id("my-bookings"));
                assertNoSidewaysScroll("the catalogue with a course booked");
                return null;
            });
        } finally {
            inTimeZone(null);
        }
    }

    private String row() {
        return "//*[@id='catalogue']//tr[contains(., '" + title + "')]";
    }
}
