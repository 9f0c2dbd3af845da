package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The self check-in on phones: the trainer from outside the inspectorate opens the session they
 * run, a few minutes before it starts, and shows its QR code; the teacher opens the code's address
 * (logging in first), is marked present, and the trainer's page shows it — every page at 390 px
 * without sideways scroll and without blocking accessibility faults.
 */
class CheckInST extends SystemTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final String title = "Émargement sur téléphone " + System.nanoTime() % 100_000;
    /** In a few minutes: the check-in is already open (it opens 15 minutes before the start). */
    private final Instant start = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MINUTES);
    private long sessionId;

    @BeforeAll
    void aSessionStartingNowRunByTheDemoTrainerWithTheDemoTeacherSeated() {
        String offer = Json.createObjectBuilder().add("title", title).add("description", "Essai de l'émargement")
                .add("topic", "ENI").add("category", "DEPARTEMENTALE").add("nature", "FORMATION_CONTINUE")
                .add("modality", "PRESENTIEL").add("minutesCredited", 60)
                .add("enrolmentOpens", Instant.now().minus(Duration.ofDays(1)).toString())
                .add("enrolmentCloses", start.toString()).build().toString();
        HttpResponse<String> created = api.post("/api/training/offers", DemoAccount.INSPECTOR, "application/json",
                offer.getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        long offerId = Api.json(created).getJsonNumber("id").longValue();
        String session = Json.createObjectBuilder().add("startsAt", start.toString())
                .add("endsAt", start.plus(Duration.ofHours(1)).toString()).add("place", "Salle du conseil")
                .add("capacity", 10).add("trainers", Json.createArrayBuilder().add(DemoAccount.TRAINER.username()))
                .build().toString();
        HttpResponse<String> added = api.post("/api/training/offers/" + offerId + "/sessions", DemoAccount.INSPECTOR,
                "application/json", session.getBytes(StandardCharsets.UTF_8));
        assertThat(added.body(), added.statusCode(), is(201));
        sessionId = Api.json(added).getJsonNumber("sessionId").longValue();
        assertThat(api.post("/api/training/offers/" + offerId + "/publication", DemoAccount.INSPECTOR,
                "application/json", new byte[0]).statusCode(), is(200));
        HttpResponse<String> booked = api.put("/api/training/sessions/" + sessionId + "/booking", DemoAccount.TEACHER,
                "application/json", new byte[0]);
        assertThat(booked.body(), booked.statusCode(), is(200));
        assertThat(Api.json(booked).getString("myStatus"), is("CONFIRMED"));
    }

    @Test
    void theTeacherScansTheTrainersCodeOnAPhoneAndTheTrainerSeesThemPresent() {
        browser().manage().window().setSize(PHONE);
        login(DemoAccount.TRAINER);
        open("/training/run.xhtml");
        assertThat(textOf(By.id("run-upcoming")), containsString(title));
        assertNoSidewaysScroll("/training/run.xhtml");
        assertNoBlockingFault("/training/run.xhtml");

        inTimeZone("UTC");
        open("/training/run-session.xhtml?id=" + sessionId);
        assertThat(textOf(By.id("run-when")), containsString(
                DateTimeFormatter.ofPattern("HH:mm").format(ZonedDateTime.ofInstant(start, PARIS))));
        assertThat(waitFor(By.id("check-in-qr")).getAttribute("src"), startsWith("data:image/svg+xml;base64,"));
        assertThat(waitFor(By.id("check-in-qr")).getSize().getWidth() > 150, is(true));
        String address = waitFor(By.id("check-in-address")).getAttribute("href");
        assertThat(address, containsString("/training/check-in.xhtml?session=" + sessionId + "&code="));
        assertThat(textOf(By.id("check-in-count")), startsWith("0 "));
        assertNoSidewaysScroll("/training/run-session.xhtml");
        assertNoBlockingFault("/training/run-session.xhtml");

        // the teacher's phone: the code's address, the login page first, then the check-in
        logout();
        open(address.substring(address.indexOf("/training/check-in.xhtml")));
        type(By.id("username"), DemoAccount.TEACHER.username());
        type(By.id("password"), DemoAccount.PASSWORD);
        browser().findElement(By.id("login")).click();
        assertThat(textOf(By.id("check-in-done")), containsString("présence est enregistrée"));
        assertThat(browser().getCurrentUrl(), containsString("/training/check-in.xhtml"));
        assertNoSidewaysScroll("/training/check-in.xhtml");
        assertNoBlockingFault("/training/check-in.xhtml");

        // the trainer's page shows the teacher checked in (the poll keeps it current)
        login(DemoAccount.TRAINER);
        open("/training/run-session.xhtml?id=" + sessionId);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-in-count"), "1 "));
        assertThat(textOf(By.id("attendance-rows")), containsString("émargé par QR"));
        assertThat(browser().findElements(By.cssSelector(".attendance-choice[aria-pressed='true']")).size(), is(1));
        assertNoSidewaysScroll("/training/run-session.xhtml, after the check-in");
        inTimeZone(null);
    }

    private void assertNoBlockingFault(String page) {
        List<Axe.Violation> blocking = Axe.scan(browser(), page).stream().filter(Axe.Violation::blocking).toList();
        assertThat(blocking.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")), blocking,
                is(empty()));
    }
}
