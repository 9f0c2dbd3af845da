package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The planning: a session from 09:00 to 12:00 in Paris shows 09:00–12:00 in the 9 o'clock row
 * whatever the browser's time zone (UTC, Cayenne), in winter and in summer time; a click or Enter
 * on it opens its details with the link to its enrolments; a session in school holidays is marked;
 * the page fits a phone and passes axe.
 */
class PlanningST extends SystemTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String TAG = "Planning " + System.currentTimeMillis() % 1_000_000;

    /** Next year's first Tuesday of February (winter time) and of June (summer time). */
    private final LocalDate winterDay = firstTuesday(LocalDate.now(PARIS).getYear() + 1, 2);
    private final LocalDate summerDay = firstTuesday(LocalDate.now(PARIS).getYear() + 1, 6);
    /** School holidays imported for the test: from the second Saturday of next year's March, two weeks. */
    private final LocalDate holidaysStart = firstTuesday(LocalDate.now(PARIS).getYear() + 1, 3)
            .with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    private final LocalDate holidayDay = holidaysStart.plusDays(3);

    private long winterOffer;
    private long winterSession;
    private long summerSession;

    @BeforeAll
    void sessions() {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                + "DTSTART;VALUE=DATE:" + holidaysStart.format(DateTimeFormatter.BASIC_ISO_DATE) + "\r\n"
                + "DTEND;VALUE=DATE:" + holidaysStart.plusDays(16).format(DateTimeFormatter.BASIC_ISO_DATE) + "\r\n"
                + "SUMMARY:Vacances d'essai - Zone C\r\nDESCRIPTION:Vacances d'essai - Zone C\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        HttpResponse<String> imported = api.post("/api/training/school-holidays?zone=Zone%20C", DemoAccount.ADMIN,
                "text/calendar", ics.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.body(), imported.statusCode(), is(200));

        winterOffer = offer(TAG + " hiver", winterDay);
        winterSession = session(winterOffer, winterDay);
        summerSession = session(offer(TAG + " été", summerDay), summerDay);
        JsonObject inHolidays = sessionJson(offer(TAG + " vacances", holidayDay), holidayDay);
        assertThat(inHolidays.toString(), inHolidays.getString("schoolHoliday"), containsString("Vacances d'essai"));
    }

    @AfterEach
    void browserZoneBack() {
        inTimeZone(null);
    }

    @Test
    void aMorningSessionStaysAtNineInParisWhateverTheBrowsersZone() {
        login(DemoAccount.INSPECTOR);
        for (String zone : new String[] {"UTC", "America/Cayenne"}) {
            inTimeZone(zone);
            for (LocalDate day : new LocalDate[] {winterDay, summerDay}) {
                String title = TAG + (day.equals(winterDay) ? " hiver" : " été");
                weekEvent(day, title);
                Drawn event = drawn(title);
                assertThat(zone + ", " + day + ": " + event.text(), event.text(), containsString("9:00 - 12:00"));
                assertThat(zone + ", " + day + ": the event's top is the 9 o'clock row's",
                        Math.abs(event.top() - event.nine()), lessThanOrEqualTo(2.0));
                assertThat(zone + ", " + day + ": the event ends at noon", Math.abs(event.bottom() - event.noon()),
                        lessThanOrEqualTo(3.0));
            }
        }
    }

    @Test
    void aClickOrEnterOpensTheSessionsDetailsWithTheLinkToItsEnrolments() {
        login(DemoAccount.INSPECTOR);
        inTimeZone("UTC");
        weekEvent(winterDay, TAG + " hiver").click();
        WebElement dialog = waitFor(By.id("session-dialog"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-title"), TAG + " hiver"));
        assertThat(textOf(By.id("session-when")), containsString("09:00 – 12:00"));
        assertThat(textOf(By.id("session-when")), containsString(String.valueOf(winterDay.getDayOfMonth())));
        assertThat(textOf(By.id("session-place")), is("Salle du planning"));
        assertThat(textOf(By.id("session-seats")), is("0 inscrit(s) sur 10 places"));
        assertThat(textOf(By.id("session-waitlist")), is("0"));
        assertThat(textOf(By.id("session-status")), is("Brouillon"));
        assertThat(waitFor(By.id("session-enrolments")).getAttribute("href"),
                endsWith("/training/offer.xhtml?id=" + winterOffer + "&session=" + winterSession));
        new Actions(browser()).sendKeys(Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.invisibilityOf(dialog));

        // keyboard: Enter on a focused event opens its details too
        WebElement summer = weekEvent(summerDay, TAG + " été");
        summer.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-title"), TAG + " été"));
        assertThat(waitFor(By.id("session-enrolments")).getAttribute("href"), containsString("&session=" + summerSession));
    }

    @Test
    void aSessionInSchoolHolidaysIsMarkedAndTheHolidaysShaded() {
        login(DemoAccount.INSPECTOR);
        open("/training/planning.xhtml?date=" + holidayDay);
        WebElement event = waitFor(By.xpath("//*[contains(@class, 'fc-event') and contains(., '" + TAG + " vacances')]"));
        assertThat(event.getAttribute("class"), containsString("in-holiday"));
        assertThat(event.getText(), containsString("⚠ vacances scolaires : Vacances d'essai"));
        WebElement shade = waitFor(By.xpath("//*[contains(@class, 'fc-bg-event') and contains(@class, 'school-holiday')"
                + " and contains(., \"Vacances d'essai\")]"));
        assertThat(shade.isDisplayed(), is(true));
        event.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-holiday"), "Vacances d'essai"));
    }

    @Test
    void theWeekStartsOnMondayAndTheTodayOfParis() {
        login(DemoAccount.ADMIN);
        open("/training/planning.xhtml?date=" + winterDay);
        waitFor(By.cssSelector(".fc-timeGridWeek-button")).click();
        waitFor(By.cssSelector(".fc-timegrid"));
        assertThat(browser().findElements(By.cssSelector("th.fc-col-header-cell")).get(0).getAttribute("data-date"),
                is(winterDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString()));
        // French public holidays are shaded with their name (1 May of next year, in the month view)
        open("/training/planning.xhtml?date=" + LocalDate.of(winterDay.getYear(), 5, 1));
        waitFor(By.xpath("//*[contains(@class, 'fc-bg-event') and contains(@class, 'public-holiday')"
                + " and contains(., 'Fête du Travail')]"));
    }

    @Test
    void thePlanningFitsAPhoneAndPassesAxe() {
        login(DemoAccount.INSPECTOR);
        open("/training/planning.xhtml?date=" + winterDay);
        waitFor(By.xpath("//*[contains(@class, 'fc-event') and contains(., '" + TAG + " hiver')]"));
        assertThat(Axe.scan(browser(), "planning").stream().filter(Axe.Violation::blocking).toList(), empty());
        saveScreenshot("planning");
        onPhone(() -> {
            open("/training/planning.xhtml?date=" + winterDay);
            waitFor(By.cssSelector(".fc-list"));
            waitFor(By.xpath("//*[contains(@class, 'fc-list-event') and contains(., '" + TAG + " hiver')]"));
            assertNoSidewaysScroll("planning");
            assertThat(Axe.scan(browser(), "planning (phone)").stream().filter(Axe.Violation::blocking).toList(), empty());
            return null;
        });
    }

    /** Opens the week of the day and answers its event of that title. */
    private WebElement weekEvent(LocalDate day, String title) {
        open("/training/planning.xhtml?date=" + day);
        waitFor(By.cssSelector(".fc-timeGridWeek-button")).click();
        // the week view asks for its events by Ajax when it is drawn and draws them again when they come:
        // wait for the view, then for the answer, so that the event found is the one that stays
        waitFor(By.cssSelector(".fc-timeGridWeek-view"));
        waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return PrimeFaces.ajax.Queue.isEmpty();"));
        // the event itself, not the harness around it (whose class name begins the same way)
        return waitFor(By.xpath("//*[contains(concat(' ', @class, ' '), ' fc-timegrid-event ') and contains(., '"
                + title + "')]"));
    }

    /** An event as the week view draws it, with the tops of the 9 o'clock and noon rows, all read at one instant. */
    private record Drawn(String text, double top, double bottom, double nine, double noon) {
    }

    /**
     * The event of that title as drawn, read in one script so that a redraw of the calendar (it draws
     * the week again when its events arrive) cannot come between reading the event and its rows.
     */
    private Drawn drawn(String title) {
        return waiting().until(driver -> {
            Object read = ((JavascriptExecutor) driver).executeScript(
                    "const event = Array.from(document.querySelectorAll('.fc-timegrid-event'))"
                            + ".find(e => e.textContent.includes(arguments[0]));"
                            + "const nine = document.querySelector(\"td.fc-timegrid-slot-lane[data-time='09:00:00']\");"
                            + "const noon = document.querySelector(\"td.fc-timegrid-slot-lane[data-time='12:00:00']\");"
                            + "if (!event || !nine || !noon) { return null; }"
                            + "const box = event.getBoundingClientRect();"
                            + "return [event.innerText, box.top, box.bottom, nine.getBoundingClientRect().top,"
                            + " noon.getBoundingClientRect().top];", title);
            if (read == null) {
                return null;
            }
            List<?> values = (List<?>) read;
            return new Drawn((String) values.get(0), number(values.get(1)), number(values.get(2)),
                    number(values.get(3)), number(values.get(4)));
        });
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private long offer(String title, LocalDate day) {
        String offer = Json.createObjectBuilder().add("title", title).add("description", "Essai du planning")
                .add("topic", "ENI").add("category", "OPTIONNELLE").add("nature", "ANIMATION_PEDAGOGIQUE")
                .add("modality", "PRESENTIEL").add("minutesCredited", 180)
                .add("enrolmentOpens", ZonedDateTime.now(PARIS).minusDays(1).toInstant().toString())
                .add("enrolmentCloses", day.minusDays(1).atStartOfDay(PARIS).toInstant().toString()).build().toString();
        HttpResponse<String> created = api.post("/api/training/offers", DemoAccount.INSPECTOR, "application/json",
                offer.getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        return Api.json(created).getJsonNumber("id").longValue();
    }

    private long session(long offer, LocalDate day) {
        return sessionJson(offer, day).getJsonNumber("sessionId").longValue();
    }

    /** A session of the day from 09:00 to 12:00 in Paris. */
    private JsonObject sessionJson(long offer, LocalDate day) {
        String session = Json.createObjectBuilder()
                .add("startsAt", day.atTime(LocalTime.of(9, 0)).atZone(PARIS).toInstant().toString())
                .add("endsAt", day.atTime(LocalTime.of(12, 0)).atZone(PARIS).toInstant().toString())
                .add("place", "Salle du planning").add("capacity", 10).build().toString();
        HttpResponse<String> created = api.post("/api/training/offers/" + offer + "/sessions", DemoAccount.INSPECTOR,
                "application/json", session.getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        return Api.json(created);
    }

    private static LocalDate firstTuesday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }
}
