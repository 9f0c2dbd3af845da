package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Training bookings on Payara Micro and the configured database: never beyond capacity with many
 * teachers at once, the waiting line in arrival order, promotion on cancellation, one booking per
 * teacher, no overlapping sessions, the enrolment window and the circonscription's scope.
 */
class TrainingIT extends ApiTestBase {

    /** Demo teachers enseignant01 … enseignant40. */
    private static final int TEACHERS = 40;

    private static String teacher(int i) {
        return String.format("enseignant%02d", i);
    }

    private long offer(String category, Instant opens, Instant closes) {
        return offer("Offre d'essai " + System.nanoTime(), category, "PRESENTIEL", 150, opens, closes, "");
    }

    private long session(long offerId, Instant start, int capacity) {
        return session(offerId, start, Duration.ofHours(3), capacity, "");
    }

    private Api.Reply book(String username, long sessionId) {
        return new Api(url).as(username, PASSWORD).send("PUT", "api/training/sessions/" + sessionId + "/booking");
    }

    private List<JsonObject> enrolments(long sessionId) {
        return api.as("ien", PASSWORD).get("api/training/sessions/" + sessionId + "/enrolments").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void manyTeachersAtOnceNeverOverbookAndWaitInArrivalOrder() throws Exception {
        long offer = offer("DEPARTEMENTALE", inDays(-1), inDays(20));
        long session = session(offer, inDays(30), 10);
        publish(offer);

        ExecutorService pool = Executors.newFixedThreadPool(TEACHERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 1; i <= TEACHERS; i++) {
            String username = teacher(i);
            Callable<Api.Reply> booking = () -> {
                start.await();
                return book(username, session);
            };
            replies.add(pool.submit(booking));
        }
        start.countDown();
        for (Future<Api.Reply> reply : replies) {
            assertThat(reply.get().body(), reply.get().status(), is(200));
        }
        pool.shutdown();

        List<JsonObject> lines = enrolments(session);
        List<JsonObject> confirmed = lines.stream().filter(l -> l.getString("status").equals("CONFIRMED")).toList();
        List<JsonObject> waiting = lines.stream().filter(l -> l.getString("status").equals("WAITLISTED")).toList();
        assertThat(confirmed.size(), is(10));
        assertThat(waiting.size(), is(TEACHERS - 10));
        assertThat(waiting.stream().map(w -> w.getInt("waitlistPosition")).toList(),
                is(IntStream.rangeClosed(1, TEACHERS - 10).boxed().toList()));
        Instant lastSeat = confirmed.stream().map(c -> Instant.parse(c.getString("requestedAt"))).max(Instant::compareTo)
                .orElseThrow();
        assertThat(waiting.stream().map(w -> Instant.parse(w.getString("requestedAt")))
                .map(t -> lastSeat.compareTo(t)).toList(), everyItem(lessThanOrEqualTo(0)));

        String firstWaiting = waiting.get(0).getString("username");
        String seated = confirmed.get(3).getString("username");
        Api.Reply cancelled = new Api(url).as(seated, PASSWORD).send("DELETE", "api/training/sessions/" + session + "/booking");
        assertThat(cancelled.body(), cancelled.status(), is(200));
        assertThat(cancelled.json().getString("myStatus"), is("CANCELLED"));
        List<JsonObject> after = enrolments(session);
        assertThat(after.stream().filter(l -> l.getString("username").equals(firstWaiting)).findFirst().orElseThrow()
                .getString("status"), is("CONFIRMED"));
        assertThat(after.stream().filter(l -> l.getString("status").equals("CONFIRMED")).count(), is(10L));

        Api.Reply csv = api.as("ien", PASSWORD).get("api/training/sessions/" + session + "/enrolments.csv");
        assertThat(csv.status(), is(200));
        assertThat(csv.contentType(), containsString("text/csv"));
        assertThat(csv.body().startsWith("\uFEFFEnseignant;Identifiant;"), is(true));
        assertThat(csv.body().split("\r\n").length, is(1 + TEACHERS - 1));

        byte[] sheet = api.bytes("api/training/sessions/" + session + "/attendance-sheet.pdf");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(sheet)).getTextFromPage(1);
        assertThat(text, containsString("Feuille d'émargement"));
        assertThat(text, containsString("10 inscrit(s) sur 10 places"));

        Api.Reply twice = book(firstWaiting, session);
        assertThat(twice.status(), is(409));
        JsonObject again = book(seated, session).json();
        assertThat(again.getString("myStatus"), is("WAITLISTED"));
        assertThat(again.getInt("myWaitlistPosition"), is(TEACHERS - 10));
    }

    @Test
    void aTeacherCannotHoldTwoSessionsAtTheSameTime() {
        long offer = offer("DEPARTEMENTALE", inDays(-1), inDays(20));
        Instant when = inDays(40);
        long first = session(offer, when, 5);
        long second = session(offer, when.plus(Duration.ofHours(1)), 5);
        publish(offer);
        assertThat(book("enseignant", first).status(), is(200));

        String feed = api.as("enseignant", PASSWORD).postJson("api/me/calendar-feed", "").json().getString("url");
        Api.Reply calendar = new Api(url).get(feed);
        assertThat(calendar.status(), is(200));
        assertThat(calendar.contentType(), containsString("text/calendar"));
        assertThat(calendar.body(), containsString("DTSTART;TZID=Europe/Paris:"));
        assertThat(calendar.body(), containsString("tandem-session-" + first + "-"));
        String renewed = api.as("enseignant", PASSWORD).postJson("api/me/calendar-feed", "").json().getString("url");
        assertThat(new Api(url).get(feed).status(), is(404));
        assertThat(new Api(url).get(renewed).status(), is(200));

        Api.Reply refused = book("enseignant", second);
        assertThat(refused.status(), is(400));
        assertThat(refused.json().getString("detail"), containsString("Offre d'essai"));
    }

    @Test
    void bookingNeedsAnOpenWindowAndAnOfferOfTheTeachersScope() {
        long closed = offer("DEPARTEMENTALE", inDays(-10), inDays(-2));
        long closedSession = session(closed, inDays(5), 5);
        publish(closed);
        Api.Reply late = book("enseignant", closedSession);
        assertThat(late.status(), is(400));
        assertThat(late.json().getString("code"), is("booking.windowClosed"));

        long draft = offer("DEPARTEMENTALE", inDays(-1), inDays(5));
        assertThat(book("enseignant", session(draft, inDays(8), 5)).status(), is(400));

        long local = offer("OPTIONNELLE", inDays(-1), inDays(5));
        long localSession = session(local, inDays(9), 5);
        publish(local);
        assertThat(book("enseignant02", localSession).status(), is(404));
        assertThat(book("enseignant01", localSession).status(), is(200));
        assertThat(api.as("enseignant01", PASSWORD).get("api/training/catalogue?size=200").body(), containsString("\"sessionId\":" + localSession));
        assertThat(api.as("enseignant02", PASSWORD).get("api/training/catalogue?size=200").body().contains("\"sessionId\":" + localSession), is(false));
        assertThat(api.as("dsi", PASSWORD).send("PUT", "api/training/sessions/" + localSession + "/booking").status(), is(403));
    }

    @Test
    void hoursComeFromAttendanceOnlyAndFollowItsChanges() throws Exception {
        long offer = offer("DEPARTEMENTALE", inDays(-1), inDays(5));
        long session = session(offer, Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS), 1);
        publish(offer);
        JsonObject before = api.as("enseignant", PASSWORD).get("api/training/my-hours").json();
        assertThat(before.getInt("minutesDue"), is(810));
        int done = before.getInt("minutesDone");

        assertThat(book("enseignant", session).json().getString("myStatus"), is("CONFIRMED"));
        assertThat(book("enseignant03", session).json().getString("myStatus"), is("WAITLISTED"));
        String path = "api/training/sessions/" + session + "/attendance/";
        Api.Reply waiting = api.as("ien", PASSWORD).putJson(path + "enseignant03", "{\"attendance\":\"PRESENT\"}");
        assertThat(waiting.status(), is(400));
        assertThat(waiting.json().getString("code"), is("attendance.notSeated"));

        Api.Reply present = api.putJson(path + "enseignant", "{\"attendance\":\"PRESENT\"}");
        assertThat(present.body(), present.status(), is(200));
        assertThat(present.json().getString("attendance"), is("PRESENT"));
        JsonObject after = api.as("enseignant", PASSWORD).get("api/training/my-hours").json();
        assertThat(after.getInt("minutesDone"), is(done + 150));
        assertThat(after.getInt("minutesRemaining"), is(Math.max(0, 810 - done - 150)));
        assertThat(after.getInt("formationContinueMinutes"), is(before.getInt("formationContinueMinutes") + 150));
        assertThat(after.getInt("onSiteMinutes"), is(before.getInt("onSiteMinutes") + 150));

        byte[] sheet = api.as("enseignant", PASSWORD).bytes("api/training/my-follow-up.pdf");
        String sheetText = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(sheet))
                .getTextFromPage(1);
        assertThat(sheetText, containsString("Fiche de suivi des 18 heures"));
        assertThat(sheetText, containsString("Formation continue"));

        byte[] xlsx = api.as("ien", PASSWORD).bytes("api/training/hours.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheetRows = workbook.getSheetAt(0);
            assertThat(sheetRows.getRow(0).getCell(0).getStringCellValue(), is("UAI"));
            boolean found = false;
            for (var row : sheetRows) {
                if ("Enseignant (démo)".equals(row.getCell(2).getStringCellValue())) {
                    found = row.getCell(5).getNumericCellValue() == 13.5;
                }
            }
            assertThat(found, is(true));
        }

        byte[] attestation = api.as("enseignant", PASSWORD).bytes("api/training/my-attestation.pdf");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(attestation))
                .getTextFromPage(1);
        assertThat(text, containsString("Éric Enseignant (démo)"));
        assertThat(text, containsString("Offre d'essai"));

        Api.Reply hours = api.as("ien", PASSWORD).get("api/training/hours.csv");
        assertThat(hours.status(), is(200));
        assertThat(hours.body().startsWith("\uFEFFUAI;École;Nom;Prénom;"), is(true));
        assertThat(hours.body(), containsString("Enseignant (démo);Éric;75;13,50;"));
        assertThat(api.as("dsi", PASSWORD).get("api/training/hours.csv").status(), is(403));

        api.as("ien", PASSWORD).putJson(path + "enseignant", "{\"attendance\":\"ABSENT\"}");
        assertThat(api.as("enseignant", PASSWORD).get("api/training/my-hours").json().getInt("minutesDone"), is(done));
        assertThat(api.as("enseignant", PASSWORD).putJson(path + "enseignant", "{\"attendance\":\"PRESENT\"}").status(),
                is(403));
    }

    @Test
    void attendanceWaitsForTheDayOfTheSession() {
        long offer = offer("DEPARTEMENTALE", inDays(-1), inDays(5));
        long session = session(offer, inDays(12), 5);
        publish(offer);
        book("enseignant05", session);
        Api.Reply early = api.as("ien", PASSWORD).putJson("api/training/sessions/" + session + "/attendance/enseignant05",
                "{\"attendance\":\"PRESENT\"}");
        assertThat(early.status(), is(400));
        assertThat(early.json().getString("code"), is("attendance.tooEarly"));
    }

    @Test
    void sessionsInTheImportedSchoolHolidaysAreFlagged() throws Exception {
        byte[] ics;
        try (var in = TrainingIT.class.getResourceAsStream("/Zone-C.ics")) {
            ics = in.readAllBytes();
        }
        assertThat(api.as("enseignant", PASSWORD).post("api/training/school-holidays", "text/calendar", ics).status(), is(403));
        Api.Reply byAnInspector = api.as("ien", PASSWORD).post("api/training/school-holidays?zone=Zone%20C", "text/calendar", ics);
        assertThat("a zone's holidays are everybody's: admins only", byAnInspector.status(), is(403));
        Api.Reply imported = api.as("admin", PASSWORD).post("api/training/school-holidays?zone=Zone%20C", "text/calendar", ics);
        assertThat(imported.body(), imported.status(), is(200));
        assertThat(imported.body(), containsString("Toussaint"));
        assertThat(api.post("api/training/school-holidays?zone=Zone%20C", "text/calendar", ics).structure().asJsonArray().size(),
                is(imported.structure().asJsonArray().size()));

        assertThat("inspectors still read them", api.as("ien", PASSWORD).get("api/training/school-holidays").status(), is(200));
        long offer = offer("OPTIONNELLE", inDays(-1), inDays(5));
        Api.Reply inHolidays = api.as("ien", PASSWORD).postJson("api/training/offers/" + offer + "/sessions", """
                {"startsAt":"2025-10-22T07:00:00Z","endsAt":"2025-10-22T10:00:00Z","place":"Ici","capacity":5}""");
        assertThat(inHolidays.json().getString("schoolHoliday"), containsString("Toussaint"));
        Api.Reply afterHolidays = api.postJson("api/training/offers/" + offer + "/sessions", """
                {"startsAt":"2025-11-03T08:00:00Z","endsAt":"2025-11-03T11:00:00Z","place":"Ici","capacity":5}""");
        assertThat(afterHolidays.json().containsKey("schoolHoliday"), is(false));
        Api.Reply garbage = api.as("admin", PASSWORD).post("api/training/school-holidays", "text/csv", "pas un calendrier".getBytes());
        assertThat(garbage.status(), is(400));
    }

    @Test
    void inspectorsGetClearErrorsForBadOffersAndSessions() {
        Api.Reply shortWindow = api.as("ien", PASSWORD).postJson("api/training/offers", """
                {"title":"X","category":"OPTIONNELLE","nature":"ANIMATION_PEDAGOGIQUE","modality":"PRESENTIEL","minutesCredited":90,
                 "enrolmentOpens":"2027-01-10T00:00:00Z","enrolmentCloses":"2027-01-01T00:00:00Z"}""");
        assertThat(shortWindow.status(), is(400));
        assertThat(shortWindow.json().getString("code"), is("offer.window.order"));
        long offer = offer("OPTIONNELLE", inDays(-1), inDays(5));
        Api.Reply backwards = api.postJson("api/training/offers/" + offer + "/sessions", """
                {"startsAt":"2027-01-13T11:00:00Z","endsAt":"2027-01-13T08:00:00Z","place":"Ici","capacity":5}""");
        assertThat(backwards.status(), is(400));
        assertThat(backwards.json().getString("detail"), containsString("finir après"));
        assertThat(api.as("enseignant", PASSWORD).get("api/training/offers").status(), is(403));
    }

    @Test
    void anotherCirconscriptionsOfferAndSessionsAreNotFoundForAnInspector() {
        Api admin = new Api(url).as("admin", PASSWORD);
        String offerBody = """
                {"title":"Offre de l'Est","description":"Essai","topic":"ENI","category":"OPTIONNELLE",
                 "nature":"FORMATION_CONTINUE","modality":"PRESENTIEL","minutesCredited":90,
                 "enrolmentOpens":"%s","enrolmentCloses":"%s"}""".formatted(inDays(-1), inDays(5));
        Api.Reply created = admin.postJson("api/training/offers?circonscription=0341102N", offerBody);
        assertThat(created.body(), created.status(), is(201));
        long offer = created.json().getJsonNumber("id").longValue();
        String sessionBody = """
                {"startsAt":"%s","endsAt":"%s","place":"École de l'Est","capacity":5}"""
                .formatted(inDays(9), inDays(9).plus(Duration.ofHours(3)));
        Api.Reply added = admin.postJson("api/training/offers/" + offer + "/sessions", sessionBody);
        assertThat(added.body(), added.status(), is(201));
        long session = added.json().getJsonNumber("sessionId").longValue();

        Api ien = new Api(url).as("ien", PASSWORD);
        List<Api.Reply> replies = List.of(
                ien.putJson("api/training/offers/" + offer, offerBody),
                ien.send("POST", "api/training/offers/" + offer + "/publication"),
                ien.send("POST", "api/training/offers/" + offer + "/cancellation"),
                ien.postJson("api/training/offers/" + offer + "/sessions", sessionBody),
                ien.putJson("api/training/sessions/" + session, sessionBody),
                ien.send("POST", "api/training/sessions/" + session + "/cancellation"),
                ien.get("api/training/sessions/" + session + "/enrolments"),
                ien.putJson("api/training/sessions/" + session + "/requests/enseignant", "{\"accept\":true}"),
                ien.send("POST", "api/training/sessions/" + session + "/designation"),
                ien.putJson("api/training/sessions/" + session + "/attendance/enseignant", "{\"attendance\":\"PRESENT\"}"),
                ien.get("api/training/sessions/" + session + "/enrolments.csv"),
                ien.get("api/training/sessions/" + session + "/enrolments.xlsx"),
                ien.get("api/training/sessions/" + session + "/attendance-sheet.pdf"));
        for (Api.Reply reply : replies) {
            assertThat(reply.body(), reply.status(), is(404));
            assertThat(reply.contentType(), startsWith("application/problem+json"));
        }
        assertThat("nothing changed", admin.get("api/training/offers").body(), containsString("\"id\":" + offer + ","));
        assertThat(admin.get("api/training/sessions/" + session + "/enrolments").status(), is(200));
    }
}
