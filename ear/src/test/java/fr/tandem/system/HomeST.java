package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role lands on its work, with the demo data in place: the teacher sees a session they booked, city staff an
 * open request, the inspector a draft, the head teacher their school's licences, the administrator the accounts to
 * look at; the councillor goes straight to the dashboard. Every home page fits a phone and passes axe-core.
 */
class HomeST extends SystemTestBase {

    @Test
    void theTeacherSeesTheSessionTheyBookedTheirHoursAndABookingLink() {
        String title = bookedSessionTitle();
        login(DemoAccount.TEACHER);
        open("/index.xhtml");
        assertThat(textOf(By.id("home-sessions")), containsString(title));
        assertThat(browser().findElements(By.cssSelector("#home-sessions a[href*='/training/session.xhtml?id=']")),
                not(empty()));
        assertThat(textOf(By.id("home-hours")), containsString("dues"));
        assertThat(waitFor(By.id("home-book")).getAttribute("href"), containsString("/training/catalogue.xhtml"));
        assertThat("no count that means nothing to a teacher", visibleText(), not(containsString("circonscriptions")));
        assertThat("no API-token suggestion", visibleText(), not(containsString("jeton")));
        checked("teacher");
    }

    @Test
    void cityStaffSeeAnOpenRequestOfTheirCityAndLicencesToWatch() {
        JsonObject city = Api.json(api.get("/api/home", DemoAccount.CITY_STAFF)).getJsonObject("city");
        String subject = city.getJsonObject("openRequests").getJsonArray("items").getJsonObject(0).getString("subject");
        login(DemoAccount.CITY_STAFF);
        open("/index.xhtml");
        assertThat(textOf(By.id("home-city-requests")), containsString(subject));
        assertThat(browser().findElements(By.cssSelector("#home-expiring li")), not(empty()));
        assertThat(browser().findElements(By.cssSelector("#home-low-seats li")), not(empty()));
        checked("city-staff");
    }

    @Test
    void theInspectorSeesADraftToPublishAndTheirSessionsToRun() {
        String title = "Brouillon d'accueil " + System.nanoTime() % 100_000;
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String body = """
                {"title":"%s","description":"Essai","topic":"ENI","category":"DEPARTEMENTALE","nature":"FORMATION_CONTINUE",
                 "modality":"PRESENTIEL","minutesCredited":180,"enrolmentOpens":"%s","enrolmentCloses":"%s"}"""
                .formatted(title, now.minus(1, ChronoUnit.DAYS), now.plus(5, ChronoUnit.DAYS));
        assertThat(api.post("/api/training/offers", DemoAccount.INSPECTOR, "application/json",
                body.getBytes(StandardCharsets.UTF_8)).statusCode(), is(201));
        login(DemoAccount.INSPECTOR);
        open("/index.xhtml");
        assertThat(textOf(By.id("home-drafts")), containsString(title));
        assertThat(browser().findElements(By.cssSelector("#home-drafts a[href*='/training/offer.xhtml?id=']")),
                not(empty()));
        waitFor(By.id("home-to-run"));
        waitFor(By.id("home-week"));
        waitFor(By.id("home-validate"));
        waitFor(By.id("home-fill"));
        checked("inspector");
    }

    @Test
    void theHeadTeacherSeesTheirSchoolAndTheirOwnTraining() {
        login(DemoAccount.HEAD_TEACHER);
        open("/index.xhtml");
        assertThat(browser().findElements(By.cssSelector("#home-school-licences li")), not(empty()));
        waitFor(By.id("home-school-requests"));
        waitFor(By.id("home-school-equipment"));
        waitFor(By.id("home-sessions"));
        checked("head-teacher");
    }

    @Test
    void theAdministratorSeesAccountsToLookAtAndTheAdministrationPages() {
        login(DemoAccount.ADMIN);
        open("/index.xhtml");
        waitFor(By.id("home-invited"));
        waitFor(By.id("home-deactivated"));
        assertThat(browser().findElements(By.cssSelector("#home-admin a[href*='/admin/accounts.xhtml']")), not(empty()));
        checked("admin");
    }

    @Test
    void theCouncillorLandsOnTheDashboard() {
        login(DemoAccount.COUNCILLOR);
        open("/index.xhtml");
        waiting().until(ExpectedConditions.urlContains("/dashboard.xhtml"));
        waitFor(By.id("training-teachers"));
        saveScreenshot("home-councillor");
    }

    /** The session the demo teacher booked (one booked now through the API when they have none ahead). */
    private String bookedSessionTitle() {
        JsonObject teacher = Api.json(api.get("/api/home", DemoAccount.TEACHER)).getJsonObject("teacher");
        var next = teacher.getJsonObject("nextSessions").getJsonArray("items");
        if (!next.isEmpty()) {
            return next.getJsonObject(0).getString("title");
        }
        List<JsonObject> open = Api.json(api.get("/api/training/catalogue?size=50", DemoAccount.TEACHER))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> !s.containsKey("myStatus") || s.isNull("myStatus"))
                .filter(s -> s.getInt("seatsLeft") > 0 && !s.getBoolean("needsValidation")).toList();
        assertThat("the demo catalogue has a session open to the teacher", open, not(empty()));
        JsonObject session = open.get(0);
        assertThat(api.put("/api/training/sessions/" + session.getJsonNumber("sessionId").longValue() + "/booking",
                DemoAccount.TEACHER, "application/json", new byte[0]).statusCode(), is(200));
        return session.getString("title");
    }

    /** The screenshot at 1366 px, axe-core's verdict, and no sideways scroll on a phone. */
    private void checked(String role) {
        saveScreenshot("home-" + role);
        waitForAjaxControls();
        List<Axe.Violation> blocking = Axe.scan(browser(), "home " + role).stream().filter(Axe.Violation::blocking)
                .toList();
        assertThat(blocking.toString(), blocking, is(empty()));
        onPhone(() -> {
            assertNoSidewaysScroll("home " + role);
            return null;
        });
    }
}
