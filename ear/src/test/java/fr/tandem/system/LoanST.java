package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A loan in the browser, with the browser in UTC: a teacher reserves a kit on a phone-sized window (its
 * calendar and form fit in 390 px and pass axe), city staff approve, hand the kit over and take it back
 * damaged at the loan desk, and the teacher reads the return time in Paris time.
 */
class LoanST extends SystemTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A city pool of Béziers with a kit of its own, made through the REST API: the kit's id. */
    private long kit(String name) {
        Api api = new Api(baseUrl);
        HttpResponse<String> pool = api.post("/api/loans/pools", DemoAccount.CITY_STAFF, "application/json",
                "{\"name\":\"Parc ST %d\",\"approval\":\"STAFF\",\"maxDays\":10,\"remindLate\":true}"
                        .formatted(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        assertThat(pool.body(), pool.statusCode(), is(201));
        HttpResponse<String> kit = api.post("/api/loans/kits", DemoAccount.CITY_STAFF, "application/json",
                ("{\"name\":\"%s\",\"type\":\"WEBRADIO_KIT\",\"poolId\":%d,\"checklist\":\"1 enregistreur\\n4 micros\"}")
                        .formatted(name, Api.json(pool).getJsonNumber("id").longValue()).getBytes(StandardCharsets.UTF_8));
        assertThat(kit.body(), kit.statusCode(), is(201));
        return Api.json(kit).getJsonNumber("id").longValue();
    }

    @Test
    void aTeacherReservesOnAPhoneAndStaffHandTheKitOverAndTakeItBack() {
        inTimeZone("UTC");
        String name = "Webradio ST " + System.nanoTime() % 100_000;
        long kit = kit(name);
        LocalDate from = LocalDate.now(PARIS).plusDays(20);
        LocalDate to = from.plusDays(2);

        login(DemoAccount.TEACHER);
        onPhone(() -> {
            open("/equipment/kit.xhtml?id=" + kit);
            waitFor(By.id("kit-calendar"));
            assertNoSidewaysScroll("/equipment/kit.xhtml");
            List<Axe.Violation> blocking = Axe.scan(browser(), "teacher /equipment/kit.xhtml on a phone").stream()
                    .filter(Axe.Violation::blocking).toList();
            assertThat(blocking, is(empty()));
            setValue("reserve-from_input", from.format(DAY));
            setValue("reserve-to_input", from.minusDays(1).format(DAY));
            browser().findElement(By.id("reserve-send")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "précéder"));
            waitForAjaxControls();
            setValue("reserve-from_input", from.format(DAY));
            setValue("reserve-to_input", to.format(DAY));
            type(By.id("reserve-note"), "Émission <b>en direct</b>");
            clickWhenSettled(By.id("reserve-send"));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Réservation enregistrée"));
            waiting().until(ExpectedConditions.attributeContains(By.cssSelector("td[data-day='" + from + "']"), "class",
                    "kit-day-busy"));
            assertNoSidewaysScroll("/equipment/kit.xhtml (reserved)");
            return null;
        });

        login(DemoAccount.CITY_STAFF);
        open("/equipment/loan-desk.xhtml");
        clickWhenSettled(row("desk-approve", name, "desk-approve-button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "acceptée"));
        clickWhenSettled(row("desk-handover", name, "desk-checkout-button"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "remise"));
        clickWhenSettled(row("desk-takeback", name, "desk-checkin-button"));
        waitFor(By.id("checkin-title"));
        new Select(browser().findElement(By.id("checkin-condition"))).selectByValue("DAMAGED");
        browser().findElement(By.xpath("//input[@name='checkin-missing' and @value='4 micros']")).click();
        type(By.id("checkin-note"), "Un micro manque");
        browser().findElement(By.id("checkin-send")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Retour enregistré"));
        Instant returned = Instant.now();

        login(DemoAccount.TEACHER);
        open("/equipment/my-loans.xhtml");
        String mine = textOf(By.xpath("//tbody[@id='my-loans_data']/tr[contains(., '" + name + "')]"));
        assertThat(mine, containsString(from.format(DAY)));
        assertThat(mine, containsString("rendue"));
        String paris = DateTimeFormatter.ofPattern("d MMM yyyy 'à' HH:", Locale.FRENCH).withZone(PARIS).format(returned);
        String parisBefore = DateTimeFormatter.ofPattern("d MMM yyyy 'à' HH:", Locale.FRENCH).withZone(PARIS)
                .format(returned.minusSeconds(60));
        assertThat("the return time in Paris time (" + paris + "), not UTC: " + mine,
                mine.contains(paris) || mine.contains(parisBefore), is(true));
    }

    private static By row(String table, String kitName, String buttonClass) {
        return By.xpath("//tbody[@id='" + table + "_data']/tr[contains(., '" + kitName + "')]//button[contains(@class,'"
                + buttonClass + "')]");
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", waitFor(By.id(id)), value);
    }
}
