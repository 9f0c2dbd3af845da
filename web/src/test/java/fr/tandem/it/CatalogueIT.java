package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The teachers' catalogue as the database finds, filters and pages it: the target public (cycles,
 * schools, circonscription, départementales), words without accents in the title or the place, the
 * category, a first day, and the window of rows. Every offer carries a word unique to the test
 * run, so that sessions made by other test classes on a shared database stay out of the counts.
 */
class CatalogueIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String CENTRE = "0341101M";
    /** The password of the teachers this test creates. */
    private static final String NEW_PASSWORD = "Motdepasse-2026";

    private final String token = "cat" + System.nanoTime() % 100_000_000;

    private JsonObject catalogue(String username, String query) {
        Api.Reply reply = new Api(url).as(username, username.startsWith("cat.") ? NEW_PASSWORD : PASSWORD).get("api/training/catalogue?" + query);
        assertThat(reply.body(), reply.status(), is(200));
        return reply.json();
    }

    private List<Long> sessionIds(String username, String query) {
        return catalogue(username, query).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("sessionId").longValue()).toList();
    }

    private long publishedSession(String title, String category, Instant start, String targets) {
        long offer = offer(title + " " + token, category, "PRESENTIEL", 90, inDays(-1), inDays(30), targets);
        long session = session(offer, start, Duration.ofHours(2), 10, "");
        publish(offer);
        return session;
    }

    /** A new élémentaire school of Béziers-Centre (the demo puts only maternelles there) and a teacher in it. */
    private String teacherOfNewElementaire() {
        int number = 345_000 + (int) (System.nanoTime() % 1000);
        String uai = "0" + number + LETTERS.charAt(number % 23);
        Api admin = new Api(url).as("admin", PASSWORD);
        Api.Reply school = admin.postJson("api/schools", """
                {"uai":"%s","name":"École élémentaire du catalogue %s","kind":"ELEMENTAIRE","street":"1 rue des Cycles",
                 "postcode":"34500","communeCode":"34032","communeName":"Béziers","priority":"NONE","state":"OPEN",
                 "circonscriptionCode":"%s"}""".formatted(uai, token, CENTRE));
        assertThat(school.body(), school.status(), is(201));
        String username = "cat.elem." + token;
        Api.Reply account = admin.postJson("api/accounts", """
                {"username":"%s","firstName":"Test","lastName":"Cycles","email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":100,"password":"%s"}""".formatted(username, username, uai, NEW_PASSWORD));
        assertThat(account.body(), account.status(), is(201));
        return username;
    }

    @Test
    void theTargetPublicIsTheSameRuleInTheDatabaseAsInTheDomain() {
        // enseignant01: maternelle 0349101H of Béziers-Centre; enseignant04: maternelle 0349104L of Béziers-Centre;
        // enseignant02: élémentaire of Béziers-Est; the new teacher: élémentaire of Béziers-Centre
        String elementaire = teacherOfNewElementaire();
        long whole = publishedSession("Toute la circonscription", "OPTIONNELLE", inDays(80), "");
        long cycle1 = publishedSession("Cycle un", "OPTIONNELLE", inDays(81), "\"targetCycles\":[\"C1\"]");
        long cycle3 = publishedSession("Cycle trois", "OPTIONNELLE", inDays(82), "\"targetCycles\":[\"C3\"]");
        long cycles12 = publishedSession("Cycles un et deux", "OPTIONNELLE", inDays(83),
                "\"targetCycles\":[\"C2\",\"C1\"]");
        long oneSchool = publishedSession("Une école", "OBLIGATOIRE_CIRCONSCRIPTION", inDays(84),
                "\"targetSchools\":[\"0349104L\"]");
        long schoolAndCycle = publishedSession("Une école du cycle trois", "OPTIONNELLE", inDays(85),
                "\"targetSchools\":[\"0349104L\"],\"targetCycles\":[\"C3\"]");
        long departementale = publishedSession("Départementale", "DEPARTEMENTALE", inDays(86), "");
        long draft = offer("Brouillon " + token, "DEPARTEMENTALE", "PRESENTIEL", 90, inDays(-1), inDays(30), "");
        session(draft, inDays(87), Duration.ofHours(1), 5, "");
        long cancelled = publishedSession("Annulée", "DEPARTEMENTALE", inDays(88), "");
        assertThat(new Api(url).as("ien", PASSWORD).post("api/training/sessions/" + cancelled + "/cancellation",
                "application/json", new byte[0]).status(), is(200));

        String mine = "q=" + token + "&size=50";
        assertThat(sessionIds("enseignant01", mine), is(List.of(whole, cycle1, cycles12, departementale)));
        assertThat(sessionIds("enseignant04", mine), is(List.of(whole, cycle1, cycles12, oneSchool, departementale)));
        assertThat(sessionIds(elementaire, mine), is(List.of(whole, cycle3, cycles12, departementale)));
        assertThat(sessionIds("enseignant02", mine), is(List.of(departementale)));
        assertThat(catalogue("enseignant04", mine).getInt("total"), is(5));
        assertThat(sessionIds("enseignant04", mine).contains(schoolAndCycle), is(false));
    }

    @Test
    void wordsCategoryAndFirstDayFilterAndTheWindowPages() {
        List<Long> sessions = new ArrayList<>();
        long offer = offer("Écriture numérique " + token, "DEPARTEMENTALE", "PRESENTIEL", 90, inDays(-1), inDays(30),
                "");
        for (int day = 0; day < 25; day++) {
            sessions.add(session(offer, inDays(90 + day), Duration.ofHours(2), 10, ""));
        }
        publish(offer);
        long elsewhere = publishedSession("Robotique", "OPTIONNELLE", inDays(91), "");

        assertThat(catalogue("enseignant01", "q=ECRITURE+" + token).getInt("total"), is(25));
        assertThat(sessionIds("enseignant01", "q=ecriture+" + token + "&first=0&size=10"), is(sessions.subList(0, 10)));
        assertThat(sessionIds("enseignant01", "q=ecriture+" + token + "&first=10&size=10"), is(sessions.subList(10, 20)));
        assertThat(sessionIds("enseignant01", "q=ecriture+" + token + "&first=20&size=10"), is(sessions.subList(20, 25)));
        assertThat(sessionIds("enseignant01", "q=ecriture+" + token + "&first=40&size=10"), is(empty()));
        assertThat(sessionIds("enseignant01", "q=" + token + "&size=50"), containsInAnyOrder(
                concat(sessions, elsewhere).toArray()));
        assertThat(sessionIds("enseignant01", "q=" + token + "&category=OPTIONNELLE"), is(List.of(elsewhere)));
        assertThat(sessionIds("enseignant01", "q=essais+" + token + "&size=50").size(), is(26));
        assertThat(sessionIds("enseignant01", "q=ecriture+robotique+" + token), is(empty()));

        LocalDate day21 = LocalDate.ofInstant(inDays(110), ZoneId.of("Europe/Paris"));
        assertThat(sessionIds("enseignant01", "q=" + token + "&from=" + day21), is(sessions.subList(20, 25)));

        Api teacher = new Api(url).as("enseignant01", PASSWORD);
        Api.Reply badCategory = teacher.get("api/training/catalogue?category=OBLIGATOIRE");
        assertThat(badCategory.status(), is(400));
        assertThat(badCategory.json().getString("code"), is("catalogue.category"));
        Api.Reply badDay = teacher.get("api/training/catalogue?from=31/12/2026");
        assertThat(badDay.status(), is(400));
        assertThat(badDay.json().getString("code"), is("catalogue.date"));
    }

    @Test
    void aTeacherSeesASessionMeantForThemAndGetsItAsACalendarFileButNoOtherSession() {
        Instant start = inDays(95);
        long session = publishedSession("Page de session", "OPTIONNELLE", start, "\"targetCycles\":[\"C1\"]");
        long draft = offer("Brouillon de page " + token, "OPTIONNELLE", "PRESENTIEL", 90, inDays(-1), inDays(30), "");
        long draftSession = session(draft, inDays(96), Duration.ofHours(1), 5, "");

        Api teacher = new Api(url).as("enseignant01", PASSWORD);
        Api.Reply seen = teacher.get("api/training/sessions/" + session);
        assertThat(seen.body(), seen.status(), is(200));
        assertThat(seen.json().getString("description"), is("Essai"));
        assertThat(seen.json().getJsonArray("targetCycles").getString(0), is("C1"));
        assertThat(seen.json().getInt("seatsLeft"), is(10));

        Api.Reply ics = teacher.get("api/training/sessions/" + session + "/calendar.ics");
        assertThat(ics.body(), ics.status(), is(200));
        assertThat(ics.contentType(), containsString("text/calendar"));
        assertThat(ics.body(), containsString("BEGIN:VEVENT"));
        String parisStart = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                .format(start.atZone(ZoneId.of("Europe/Paris")));
        assertThat(ics.body(), containsString("DTSTART;TZID=Europe/Paris:" + parisStart));
        assertThat(ics.body(), containsString("Page de session " + token));

        // another circonscription's teacher, a draft, a missing session: all the same 404
        for (Api.Reply hidden : List.of(new Api(url).as("enseignant02", PASSWORD).get("api/training/sessions/" + session),
                new Api(url).as("enseignant02", PASSWORD).get("api/training/sessions/" + session + "/calendar.ics"),
                teacher.get("api/training/sessions/" + draftSession),
                teacher.get("api/training/sessions/" + draftSession + "/calendar.ics"),
                teacher.get("api/training/sessions/999999999"))) {
            assertThat(hidden.body(), hidden.status(), is(404));
            assertThat(hidden.body(), not(containsString("Page de session")));
        }
        assertThat(new Api(url).as("ien", PASSWORD).get("api/training/sessions/" + session).status(), is(403));
    }

    private static List<Long> concat(List<Long> sessions, long more) {
        List<Long> all = new ArrayList<>(sessions);
        all.add(more);
        return all;
    }
}
