package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Trainers, inside the inspectorate or not: a TRAINER account named on a session is sent the
 * invitation, its update when the session moves, its withdrawal when taken off it or when the
 * session is cancelled, in their language; they see the sessions they run and no other, take
 * attendance, and find their sessions in their calendar feed.
 */
class TrainerIT extends ApiTestBase {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    static final String TRAINER_PASSWORD = "Motdepasse-2026";

    /** A new TRAINER account (no school, no circonscription) writing in the language given. */
    String trainer(String language) {
        String username = "formateur." + System.nanoTime() % 1_000_000;
        Api.Reply created = api.as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Fanny","lastName":"Formatrice","email":"%s@mail.test","roles":["TRAINER"],
                 "password":"%s"}""".formatted(username, username, TRAINER_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        Api.Reply chosen = new Api(url).as(username, TRAINER_PASSWORD).putJson("api/me/language",
                "{\"language\":\"%s\"}".formatted(language));
        assertThat(chosen.body(), chosen.status(), is(200));
        return username;
    }

    String teacher() {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String username = "seated." + System.nanoTime() % 1_000_000;
        Api.Reply created = api.as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Test","lastName":"Assis","email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":100,"password":"%s"}""".formatted(username, username, school,
                TRAINER_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    static String details(Instant start, Duration length, String place, String... trainers) {
        return """
                {"startsAt":"%s","endsAt":"%s","place":"%s","capacity":5,"trainers":[%s]}""".formatted(start,
                start.plus(length), place, String.join(",", Arrays.stream(trainers).map(t -> "\"" + t + "\"")
                        .toList()));
    }

    static String calendarOf(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void aTrainerIsSentTheInvitationItsUpdateAndItsWithdrawal() throws Exception {
        String trainer = trainer("fr");
        String other = trainer("en");
        long offer = offer("Animer avec un formateur", "DEPARTEMENTALE", "PRESENTIEL", 180, inDays(-1), inDays(20), "");
        Instant start = inDays(30);
        Api ien = new Api(url).as("ien", PASSWORD);
        Api.Reply added = ien.postJson("api/training/offers/" + offer + "/sessions",
                details(start, Duration.ofHours(3), "École des formateurs", trainer));
        assertThat(added.body(), added.status(), is(201));
        long session = added.json().getJsonNumber("sessionId").longValue();

        List<MimeMessage> named = mailbox.to(trainer, 1);
        assertThat(named.size(), is(1));
        assertThat(named.get(0).getSubject(), containsString("Vous animez : Animer avec un formateur"));
        assertThat(Mailbox.text(named.get(0)), containsString("training/run.xhtml"));
        String invitation = calendarOf(named.get(0));
        assertThat(invitation, containsString("METHOD:REQUEST"));
        assertThat(invitation, containsString("TZID=Europe/Paris"));
        assertThat(invitation, containsString("École des formateurs"));

        // moved by an hour, and a second trainer (writing in English) named
        Api.Reply moved = ien.putJson("api/training/sessions/" + session,
                details(start.plus(Duration.ofHours(1)), Duration.ofHours(3), "École des formateurs", trainer, other));
        assertThat(moved.body(), moved.status(), is(200));
        List<MimeMessage> changed = mailbox.to(trainer, 2);
        assertThat(changed.size(), is(2));
        assertThat(changed.get(1).getSubject(), containsString("Changement d'une session que vous animez"));
        assertThat(calendarOf(changed.get(1)), containsString("METHOD:REQUEST"));
        List<MimeMessage> toOther = mailbox.to(other, 1);
        assertThat(toOther.size(), is(1));
        assertThat(toOther.get(0).getSubject(), containsString("You run: Animer avec un formateur"));

        // the first trainer is taken off the session: the event is withdrawn from their calendar
        Api.Reply taken = ien.putJson("api/training/sessions/" + session,
                details(start.plus(Duration.ofHours(1)), Duration.ofHours(3), "École des formateurs", other));
        assertThat(taken.body(), taken.status(), is(200));
        List<MimeMessage> removed = mailbox.to(trainer, 3);
        assertThat(removed.size(), is(3));
        assertThat(removed.get(2).getSubject(), containsString("Vous n'animez plus"));
        assertThat(calendarOf(removed.get(2)), containsString("METHOD:CANCEL"));
        assertThat(uid(calendarOf(removed.get(2))), is(uid(invitation)));
        assertThat(new Api(url).as(trainer, TRAINER_PASSWORD).get("api/training/sessions-to-run/" + session).status(),
                is(404));

        // the session is cancelled: the trainer still on it is told, in English
        assertThat(ien.post("api/training/sessions/" + session + "/cancellation", "application/json", new byte[0])
                .status(), is(200));
        List<MimeMessage> cancelled = mailbox.to(other, 2);
        assertThat(cancelled.size(), is(2));
        assertThat(cancelled.get(1).getSubject(), containsString("Session cancelled: Animer avec un formateur"));
        assertThat(calendarOf(cancelled.get(1)), containsString("METHOD:CANCEL"));
        assertThat(mailbox.count(trainer), is(3L));
    }

    private static String uid(String calendar) {
        return calendar.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
    }

    @Test
    void aTrainerSeesOnlyTheSessionsTheyRunAndTakesTheirAttendance() throws Exception {
        String trainer = trainer("fr");
        String teacher = teacher();
        long offer = offer("Session animée de l'extérieur", "DEPARTEMENTALE", "PRESENTIEL", 120, inDays(-1), inDays(20), "");
        Instant start = inDays(25);
        Api ien = new Api(url).as("ien", PASSWORD);
        Api.Reply added = ien.postJson("api/training/offers/" + offer + "/sessions",
                details(start, Duration.ofHours(2), "Médiathèque", trainer));
        assertThat(added.body(), added.status(), is(201));
        long mine = added.json().getJsonNumber("sessionId").longValue();
        long notMine = session(offer, inDays(26), Duration.ofHours(2), 5, "");
        publish(offer);
        assertThat(new Api(url).as(teacher, TRAINER_PASSWORD).send("PUT", "api/training/sessions/" + mine + "/booking")
                .json().getString("myStatus"), is("CONFIRMED"));

        Api me = new Api(url).as(trainer, TRAINER_PASSWORD);
        JsonObject list = me.get("api/training/sessions-to-run").json();
        List<Long> upcoming = list.getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("sessionId").longValue()).toList();
        assertThat(upcoming, hasItem(mine));
        assertThat(upcoming, not(hasItem(notMine)));
        JsonObject details = me.get("api/training/sessions-to-run/" + mine).json();
        assertThat(details.getJsonArray("enrolments").getJsonObject(0).getString("username"), is(teacher));
        assertThat(details.getBoolean("checkInOpen"), is(false));

        // another session, the inspector's pages and the offers are closed to a trainer from outside
        assertThat(me.get("api/training/sessions-to-run/" + notMine).status(), is(404));
        assertThat(me.get("api/training/sessions-to-run/999999999").status(), is(404));
        assertThat(me.get("api/training/offers").status(), is(403));
        assertThat(me.get("api/training/sessions/" + mine + "/enrolments").status(), is(403));
        assertThat(me.putJson("api/training/sessions/" + mine + "/attendance/" + teacher,
                "{\"attendance\":\"PRESENT\"}").status(), is(403));
        assertThat(me.get("api/training/catalogue").status(), is(403));
        assertThat(me.get("api/schools").status(), is(403));
        // the inspector who is not named on it does not see it among the sessions they run
        assertThat(ien.get("api/training/sessions-to-run/" + mine).status(), is(404));

        String path = "api/training/sessions-to-run/" + mine + "/attendance/" + teacher;
        Api.Reply early = me.putJson(path, "{\"attendance\":\"PRESENT\"}");
        assertThat(early.status(), is(400));
        assertThat(early.json().getString("code"), is("attendance.tooEarly"));
        try (FixedClock clock = FixedClock.at(url, start.plus(Duration.ofMinutes(30)))) {
            Api.Reply marked = me.putJson(path, "{\"attendance\":\"PRESENT\"}");
            assertThat(marked.body(), marked.status(), is(200));
            JsonObject line = marked.json().getJsonArray("enrolments").getJsonObject(0);
            assertThat(line.getString("attendance"), is("PRESENT"));
            assertThat(line.containsKey("checkedInAt") && !line.isNull("checkedInAt"), is(false));
            JsonObject hours = new Api(url).as(teacher, TRAINER_PASSWORD).get("api/training/my-hours").json();
            assertThat(hours.getInt("minutesDone"), is(120));
        }
    }

    @Test
    void theDemoTrainerRunsDemoSessionsAndFindsThemInTheirCalendarFeed() {
        Api me = new Api(url).as("formateur", PASSWORD);
        JsonObject list = me.get("api/training/sessions-to-run").json();
        assertThat(list.getJsonArray("upcoming").isEmpty(), is(false));
        String title = list.getJsonArray("upcoming").getJsonObject(0).getString("title");
        String feed = me.post("api/me/calendar-feed", "application/json", new byte[0]).json().getString("url");
        String path = feed.substring(feed.indexOf("calendar/"));
        Api.Reply calendar = new Api(url).anonymous().get("api/" + path);
        assertThat(calendar.status(), is(200));
        assertThat(calendar.body(), containsString("SUMMARY:" + title.substring(0, 20)));
        assertThat(me.get("api/training/sessions-to-run/" + list.getJsonArray("upcoming").getJsonObject(0)
                .getJsonNumber("sessionId")).status(), is(200));
    }
}
