package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, replacements: an offer held on class time needs a replacement for each seated teacher,
 * per day (Paris time) and school for the inspector; the head teacher of each school is told which
 * teachers will be away and when, and again when that is cancelled, and sees them on their page.
 * Sessions sit 140 days ahead, clear of the other test classes.
 */
class ReplacementsIT extends ApiTestBase {

    private static final String OWN_PASSWORD = "Motdepasse-2026";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    private String account(String role, String school, String lastName) {
        String username = "repl." + System.nanoTime() % 1_000_000;
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Essai","lastName":"%s","email":"%s@mail.test","roles":["%s"],
                 "schoolUai":"%s","workingTimePercent":100,"password":"%s"}""".formatted(username, lastName, username,
                role, school, OWN_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private void book(String teacher, long session) {
        Api.Reply booked = new Api(url).as(teacher, OWN_PASSWORD).send("PUT", "api/training/sessions/" + session + "/booking");
        assertThat(booked.body(), booked.json().getString("myStatus"), is("CONFIRMED"));
    }

    private List<JsonObject> days(String query) {
        Api.Reply reply = new Api(url).as("ien", PASSWORD).get("api/training/replacements" + query);
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    private List<String> subjects(String username) {
        return new Api(url).as(username, OWN_PASSWORD).get("api/me/data").json().getJsonArray("mails")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("subject")).toList();
    }

    @Test
    void theInspectorSeesTheReplacementsPerDayAndTheHeadTeacherIsTold() throws Exception {
        String schoolA = new Api(url).as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String schoolB = List.of("0349101H", "0349104L").stream().filter(u -> !u.equals(schoolA)).findFirst().orElseThrow();
        String head = account("HEAD_TEACHER", schoolA, "Direction");
        String first = account("TEACHER", schoolA, "Premier");
        String second = account("TEACHER", schoolA, "Second");
        String elsewhere = account("TEACHER", schoolB, "Ailleurs");

        long offer = offer("Sur le temps de classe", "OPTIONNELLE", "PRESENTIEL", 180, inDays(-1), inDays(30),
                "\"onClassTime\":true");
        Instant start = inDays(140);
        long session = session(offer, start, Duration.ofHours(3), 10, "");
        publish(offer);
        long outside = offer("Le mercredi après-midi", "OPTIONNELLE", "PRESENTIEL", 180, inDays(-1), inDays(30), "");
        long outsideSession = session(outside, inDays(141), Duration.ofHours(3), 10, "");
        publish(outside);
        for (String teacher : List.of(first, second, elsewhere)) {
            book(teacher, session);
        }
        book(second, outsideSession);

        LocalDate day = LocalDate.ofInstant(start, PARIS);
        List<JsonObject> around = days("?from=" + day.minusDays(1) + "&to=" + day.plusDays(1));
        assertThat(around.toString(), around.size(), is(1));
        assertThat(around.get(0).getString("day"), is(day.toString()));
        assertThat(around.get(0).getInt("replacements"), is(3));
        Map<String, Integer> bySchool = around.get(0).getJsonArray("schools").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("uai"), s -> s.getInt("teachers")));
        assertThat(bySchool, is(Map.of(schoolA, 2, schoolB, 1)));
        assertThat(days("?from=" + day.plusDays(1) + "&to=" + day.plusDays(5)).size(), is(0));
        Api.Reply notADay = new Api(url).as("ien", PASSWORD).get("api/training/replacements?from=demain");
        assertThat(notADay.status(), is(400));
        assertThat(notADay.json().getString("code"), is("replacements.day"));
        assertThat(new Api(url).as("enseignant", PASSWORD).get("api/training/replacements").status(), is(403));

        // the head teacher of school A is told of their two teachers, not of the session outside class time
        List<MimeMessage> told = mailbox.to(head, 2);
        assertThat(told.size(), is(2));
        assertThat(told.get(0).getSubject(), startsWith("Absence pour formation : Essai Premier"));
        assertThat(Mailbox.text(told.get(0)), containsString("« Sur le temps de classe » sur le temps de classe"));
        assertThat(Mailbox.text(told.get(0)), containsString("un remplacement est à prévoir"));
        assertThat(subjects(head).size(), is(2));

        Api.Reply cancelled = new Api(url).as(first, OWN_PASSWORD).send("DELETE", "api/training/sessions/" + session
                + "/booking");
        assertThat(cancelled.body(), cancelled.status(), is(200));
        List<MimeMessage> three = mailbox.to(head, 3);
        assertThat(three.size(), is(3));
        assertThat(three.get(2).getSubject(), startsWith("Absence pour formation annulée : Essai Premier"));

        List<JsonObject> away = new Api(url).as(head, OWN_PASSWORD).get("api/training/school-absences").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertThat(away.toString(), away.size(), is(1));
        assertThat(away.get(0).getString("teacherName"), is("Essai Second"));
        assertThat(away.get(0).getString("offerTitle"), is("Sur le temps de classe"));
        assertThat(days("?from=" + day + "&to=" + day).get(0).getInt("replacements"), is(2));
        assertThat(new Api(url).as(second, OWN_PASSWORD).get("api/training/school-absences").status(), is(403));

        // the pages: the head teacher's list of absences, the inspector's replacements and offer form
        PageBrowser headPages = new PageBrowser(url);
        assertThat(headPages.login(head, OWN_PASSWORD).statusCode(), is(302));
        String absences = headPages.get("training/absences.xhtml").body();
        assertThat(absences, containsString("Essai Second"));
        assertThat(absences, containsString("Sur le temps de classe"));
        PageBrowser inspector = new PageBrowser(url);
        assertThat(inspector.login("ien", PASSWORD).statusCode(), is(302));
        HttpResponse<String> replacements = inspector.get("training/replacements.xhtml");
        assertThat(replacements.statusCode(), is(200));
        assertThat(replacements.body(), containsString("id=\"replacements-total\""));
        assertThat(inspector.get("training/offer.xhtml?id=" + offer).body(),
                matchesPattern("(?s).*id=\"offer-class-time\"[^>]*checked.*"));
        assertThat(headPages.get("training/replacements.xhtml").statusCode(), is(403));
    }
}
