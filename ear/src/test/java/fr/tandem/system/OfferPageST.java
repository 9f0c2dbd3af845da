package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The inspector's offers split into a list and one page per offer: an offer and its session are
 * created on the offer's page (school and trainer pickers, the session in a dialog next to the list),
 * the page says who will see the offer before it is published; on a phone the émargement is one row
 * per seated person with a Présent / Absent / Excusé switch saved at once, closed before the day with
 * its reason, and a "Tous présents" button; refusing a request asks for its reason in a dialog,
 * and the offer's figures count it.
 */
class OfferPageST extends SystemTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Two demo schools of the inspector's circonscription with several teachers between them. */
    private static final String SCHOOLS = "[\"0349101H\",\"0349104L\"]";

    @Test
    void anInspectorCreatesAnOfferAndItsSessionOnTheOffersPageAndIsToldWhoWillSeeIt() {
        String title = "Offre page " + System.currentTimeMillis() % 1_000_000;
        browser().manage().window().setSize(new Dimension(1366, 1000));
        login(DemoAccount.INSPECTOR);
        open("/training/offers.xhtml");
        waitFor(By.id("offer-new")).click();
        waiting().until(ExpectedConditions.urlContains("/training/offer.xhtml"));
        type(By.id("offer-title"), title);
        type(By.id("offer-hours"), "3");
        setValue("offer-closes_input", "31/12/2098");
        // the target school through the picker: typed, proposed, chosen as a chip
        type(By.id("offer-schools_input"), "0349101H");
        waitFor(By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '0349101H')]")).click();
        waitFor(By.cssSelector("#offer-schools .ui-autocomplete-token"));
        // the equipment it teaches: labelled checkboxes, shown as badges once saved (issue 19)
        WebElement webradio = browser().findElement(By.xpath("//*[@id='offer-equipment-types']//label[contains(., 'Kit webradio')]"));
        ((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center'});", webradio);
        webradio.click();
        assertThat(browser().findElement(By.xpath("//*[@id='offer-equipment-types']//input[@value='WEBRADIO_KIT']"))
                .isSelected(), is(true));
        browser().findElement(By.id("offer-create")).click();
        waiting().until(ExpectedConditions.urlContains("offer.xhtml?id="));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), title));
        assertThat(textOf(By.cssSelector("#offer-schools .ui-autocomplete-token")), containsString("0349101H"));
        assertThat(textOf(By.id("offer-audience")),
                matchesPattern("Visible par les \\d+ enseignants du public visé — .*Béziers-Centre.* — écoles : .*Jean Moulin.*\\."));
        assertThat(textOf(By.id("offer-status")), is("Brouillon"));
        assertThat(textOf(By.cssSelector(".offer-equipment-types")), containsString("Kit webradio"));
        assertThat(textOf(By.id("breadcrumbs")), containsString(title));

        // the session in a dialog next to the list: a place proposed from the schools, a trainer by name
        waitFor(By.id("session-new")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("session-dialog")));
        setValue("session-day_input", "15/01/2098");
        setValue("session-start_input", "09:00");
        setValue("session-end_input", "12:00");
        type(By.id("session-place_input"), "0349101H");
        WebElement proposal = waitFor(By.xpath("//*[@id='session-place_panel']//li[contains(@class, 'ui-autocomplete-item')]"));
        String place = proposal.getText();
        proposal.click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("session-place_input"), "value", place));
        type(By.id("session-capacity"), "3");
        waitFor(By.cssSelector("#session-trainers .ui-autocomplete-dropdown")).click();
        WebElement trainer = waitFor(By.xpath("//*[@id='session-trainers_panel']//li[contains(@class, 'ui-autocomplete-item')]"));
        String trainerName = trainer.getText();
        trainer.click();
        waitFor(By.cssSelector("#session-trainers .ui-autocomplete-token"));
        browser().findElement(By.id("session-add")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-dialog")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"), "0/3"));
        String sessions = textOf(By.id("sessions"));
        assertThat(sessions, containsString("15 janv. 2098 à 09:00 – 12:00"));
        assertThat(sessions, containsString(place));
        assertThat(sessions, containsString(trainerName));

        // publishing asks first, saying who will see the offer
        String audience = textOf(By.id("offer-audience"));
        waitFor(By.id("offer-publish")).click();
        WebElement confirm = waitFor(By.cssSelector(".ui-confirm-dialog"));
        waiting().until(ExpectedConditions.textToBePresentInElement(confirm, audience));
        confirm.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "publiée"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offer-status"), "Publiée"));
        ((JavascriptExecutor) browser()).executeScript("window.scrollTo(0, 0);");
        saveScreenshot("offer-page");

        // the list shows it with its badges, count, next date and seats, and finds it by a word
        open("/training/offers.xhtml");
        type(By.id("offers-search"), title.substring(title.lastIndexOf(' ') + 1));
        waiting().until(driver -> driver.findElements(By.xpath("//tbody[@id='offers_data']/tr")).size() == 1);
        String row = textOf(By.xpath("//tbody[@id='offers_data']/tr"));
        assertThat(row, containsString(title));
        assertThat(row, containsString("Publiée"));
        assertThat(row, containsString("15 janv. 2098"));
        assertThat(row, containsString("0/3"));
        onPhone(() -> {
            open("/training/offers.xhtml");
            waitFor(By.id("offers"));
            assertNoSidewaysScroll("the offers list");
            return null;
        });
    }

    @Test
    void onAPhoneTheAttendanceIsOneSwitchPerPersonClosedBeforeTheDay() {
        LocalDate today = LocalDate.now(PARIS);
        String run = String.valueOf(System.currentTimeMillis() % 1_000_000);
        // a session of today: designated while still to come, then moved to the first minutes of today
        long todayOffer = offer("Émargement du jour " + run);
        // minutes of the run: sessions of earlier runs do not overlap these (the designation would leave people out)
        int minutes = (int) (System.currentTimeMillis() / 1000 % 600);
        ZonedDateTime tomorrow = today.plusDays(1).atTime(LocalTime.of(6, 0).plusMinutes(minutes)).atZone(PARIS);
        long todaySession = session(todayOffer, tomorrow);
        designate(todayOffer, todaySession);
        ZonedDateTime earlyToday = today.atTime(LocalTime.of(0, 7)).atZone(PARIS);
        move(todaySession, earlyToday);
        // a session in 40 days
        long laterOffer = offer("Émargement plus tard " + run);
        ZonedDateTime later = today.plusDays(40).atTime(LocalTime.of(6, 0).plusMinutes(minutes)).atZone(PARIS);
        long laterSession = session(laterOffer, later);
        designate(laterOffer, laterSession);

        login(DemoAccount.INSPECTOR);
        onPhone(() -> {
            open("/training/offer.xhtml?id=" + laterOffer + "&session=" + laterSession);
            assertThat(textOf(By.id("attendance-closed")),
                    containsString("L'émargement s'ouvre le jour de la session, le " + later.format(DAY) + "."));
            List<WebElement> marks = browser().findElements(By.cssSelector(".attendance-switch .ui-button"));
            assertThat(marks.size(), greaterThanOrEqualTo(6));
            assertThat(marks.stream().map(m -> m.getAttribute("class")).toList(), everyItem(containsString("ui-state-disabled")));
            assertThat(waitFor(By.id("attendance-all")).isEnabled(), is(false));
            assertNoSidewaysScroll("the attendance before the day");

            open("/training/offer.xhtml?id=" + todayOffer + "&session=" + todaySession);
            waitFor(By.cssSelector(".attendance-row"));
            assertThat(browser().findElements(By.id("attendance-closed")).isEmpty(), is(true));
            List<WebElement> rows = browser().findElements(By.cssSelector(".attendance-row"));
            assertThat(rows.size(), greaterThanOrEqualTo(2));
            assertThat(rows.stream().map(r -> r.getText()).toList(), everyItem(containsString("Présent·e")));

            // one mark, saved at once, its result next to the person
            choose(0, "Absent·e");
            waiting().until(d -> row(0).findElement(By.className("attendance-result")).getText().contains("Enregistré : Absent·e"));
            assertThat(active(0), is("Absent·e"));

            // everybody else present in one click; the absence stays
            clickWhenSettled(By.id("attendance-all"));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "notée(s) présente(s)"));
            waiting().until(d -> active(1).equals("Présent·e"));
            int count = browser().findElements(By.cssSelector(".attendance-row")).size();
            assertThat(active(0), is("Absent·e"));
            for (int i = 1; i < count; i++) {
                assertThat(active(i), is("Présent·e"));
            }
            choose(1, "Excusé·e");
            waiting().until(d -> row(1).findElement(By.className("attendance-result")).getText().contains("Enregistré : Excusé·e"));
            assertThat(active(1), is("Excusé·e"));
            assertNoSidewaysScroll("the attendance of the day");
            ((JavascriptExecutor) browser()).executeScript("document.getElementById('attendance-title').scrollIntoView();");
            saveScreenshot("attendance-phone");
            return null;
        });
        HttpResponse<String> enrolments = api.get("/api/training/sessions/" + todaySession + "/enrolments", DemoAccount.INSPECTOR);
        List<String> stored = Json.createReader(new java.io.StringReader(enrolments.body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("status").equals("CONFIRMED"))
                .map(e -> e.getString("attendance")).toList();
        assertThat(stored.stream().filter("ABSENT"::equals).count(), is(1L));
        assertThat(stored.stream().filter("EXCUSED"::equals).count(), is(1L));
        assertThat(stored.stream().filter("PRESENT"::equals).count(), is((long) stored.size() - 2));
    }

    @Test
    void aRefusalAsksForItsReasonInADialogAndTheFiguresCountIt() {
        String run = String.valueOf(System.currentTimeMillis() % 1_000_000);
        ZonedDateTime now = ZonedDateTime.now(PARIS);
        long offer = post("/api/training/offers", Json.createObjectBuilder().add("title", "Refus motivé " + run)
                .add("description", "Essai").add("topic", "ENI").add("category", "OPTIONNELLE")
                .add("nature", "FORMATION_CONTINUE").add("modality", "PRESENTIEL").add("minutesCredited", 60)
                .add("enrolmentOpens", now.minusDays(1).toInstant().toString())
                .add("enrolmentCloses", now.plusDays(20).toInstant().toString()).add("needsValidation", true)
                .add("targetSchools", Json.createReader(new java.io.StringReader(SCHOOLS)).readArray())
                .build()).getJsonNumber("id").longValue();
        int minutes = (int) (System.currentTimeMillis() / 1000 % 600);
        long session = session(offer, LocalDate.now(PARIS).plusYears(4).atTime(LocalTime.of(6, 0).plusMinutes(minutes))
                .atZone(PARIS));
        post("/api/training/offers/" + offer + "/publication", null);
        HttpResponse<String> asked = api.put("/api/training/sessions/" + session + "/booking", DemoAccount.TEACHER,
                "application/json", new byte[0]);
        assertThat(asked.body(), Api.json(asked).getString("myStatus"), is("PENDING"));

        login(DemoAccount.INSPECTOR);
        onPhone(() -> {
            open("/training/offer.xhtml?id=" + offer + "&session=" + session);
            clickWhenSettled(By.cssSelector(".refuse-request"));
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal-dialog")));
            List<Axe.Violation> blocking = Axe.scan(browser(), "offer page, refusal dialog").stream()
                    .filter(Axe.Violation::blocking).toList();
            assertThat(blocking.toString(), blocking.isEmpty(), is(true));
            assertNoSidewaysScroll("the refusal dialog");
            // without a reason, the dialog stays and says why
            clickWhenSettled(By.id("refusal-confirm"));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("refusal-messages"),
                    "Choisissez le motif du refus."));
            new org.openqa.selenium.support.ui.Select(waitFor(By.id("refusal-reason"))).selectByVisibleText("Session complète");
            type(By.id("refusal-note"), "Reprogrammée en mai");
            clickWhenSettled(By.id("refusal-confirm"));
            waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("refusal-dialog")));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("statistics-refusals"), "1"));
            assertThat(textOf(By.id("statistics-reasons")), containsString("Session complète"));
            return null;
        });
        JsonObject mine = Api.json(api.get("/api/training/sessions/" + session, DemoAccount.TEACHER));
        assertThat(mine.getString("myStatus"), is("REFUSED"));
        assertThat(mine.getString("myRefusalReason"), is("SESSION_FULL"));
        assertThat(mine.getString("myReasonNote"), is("Reprogrammée en mai"));
    }

    private WebElement row(int index) {
        return browser().findElements(By.cssSelector(".attendance-row")).get(index);
    }

    private void choose(int index, String mark) {
        row(index).findElement(By.xpath(".//div[contains(@class, 'ui-button') and normalize-space(.) = '" + mark + "']")).click();
    }

    /** The mark the switch of a row shows. */
    private String active(int index) {
        List<WebElement> active = row(index).findElements(By.cssSelector(".attendance-switch .ui-state-active"));
        return active.isEmpty() ? "" : active.get(0).getText().trim();
    }

    private long offer(String title) {
        ZonedDateTime now = ZonedDateTime.now(PARIS);
        return post("/api/training/offers", Json.createObjectBuilder().add("title", title).add("description", "Essai")
                .add("topic", "ENI").add("category", "OBLIGATOIRE_CIRCONSCRIPTION").add("nature", "ANIMATION_PEDAGOGIQUE")
                .add("modality", "PRESENTIEL").add("minutesCredited", 60)
                .add("enrolmentOpens", now.minusDays(1).toInstant().toString())
                .add("enrolmentCloses", now.plusDays(20).toInstant().toString())
                .add("targetSchools", Json.createReader(new java.io.StringReader(SCHOOLS)).readArray())
                .build()).getJsonNumber("id").longValue();
    }

    private long session(long offer, ZonedDateTime start) {
        return post("/api/training/offers/" + offer + "/sessions", sessionBody(start)).getJsonNumber("sessionId").longValue();
    }

    private void designate(long offer, long session) {
        post("/api/training/offers/" + offer + "/publication", null);
        JsonObject report = post("/api/training/sessions/" + session + "/designation", null);
        assertThat(report.toString(), report.getInt("designated"), greaterThanOrEqualTo(2));
    }

    private void move(long session, ZonedDateTime start) {
        HttpResponse<String> moved = api.put("/api/training/sessions/" + session, DemoAccount.INSPECTOR, "application/json",
                sessionBody(start).toString().getBytes(StandardCharsets.UTF_8));
        assertThat(moved.body(), moved.statusCode(), is(200));
    }

    private static JsonObject sessionBody(ZonedDateTime start) {
        return Json.createObjectBuilder().add("startsAt", start.toInstant().toString())
                .add("endsAt", start.plusMinutes(30).toInstant().toString()).add("place", "Salle des essais")
                .add("capacity", 50).build();
    }

    private JsonObject post(String path, JsonObject body) {
        HttpResponse<String> answer = api.post(path, DemoAccount.INSPECTOR, "application/json",
                (body == null ? "" : body.toString()).getBytes(StandardCharsets.UTF_8));
        assertThat(answer.body(), answer.statusCode(), org.hamcrest.Matchers.either(is(200)).or(is(201)));
        return Api.json(answer);
    }

    /** Fills a date or time picker's text field without opening its overlay (which would cover the form). */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", waitFor(By.id(id)), value);
    }
}
