package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Booking mails through the outbox to a real SMTP server started by the test: a convocation
 * with a Europe/Paris invitation on a seat, a note on the waiting line, the invitation withdrawn
 * (METHOD:CANCEL) on cancellation, a convocation on promotion — each exactly once, in the
 * teacher's language.
 */
class MailIT extends ApiTestBase {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    private String teacher(String suffix, String school) {
        String username = "mail." + suffix + "." + System.nanoTime() % 1_000_000;
        Api.Reply created = api.as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Test","lastName":"Courrier","email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":100,"password":"Motdepasse-2026"}""".formatted(username, username, school));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private static String calendarOf(MimeMessage message) throws Exception {
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
    void bookingChangesSendEachMailOnceWithParisTimeInvitations() throws Exception {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String first = teacher("a", school);
        String second = teacher("b", school);

        long offerId = offer("Courrier d'essai", "DEPARTEMENTALE", "PRESENTIEL", 180, inDays(-1), inDays(20), "");
        Instant start = inDays(30);
        long session = session(offerId, start, Duration.ofHours(3), 1, "");
        publish(offerId);

        String path = "api/training/sessions/" + session + "/booking";
        assertThat(new Api(url).as(first, "Motdepasse-2026").send("PUT", path).json().getString("myStatus"), is("CONFIRMED"));
        assertThat(new Api(url).as(second, "Motdepasse-2026").send("PUT", path).json().getString("myStatus"), is("WAITLISTED"));
        assertThat(new Api(url).as(first, "Motdepasse-2026").send("DELETE", path).status(), is(200));

        List<MimeMessage> toFirst = mailbox.to(first, 2);
        List<MimeMessage> toSecond = mailbox.to(second, 2);
        assertThat(toFirst.size(), is(2));
        assertThat(toSecond.size(), is(2));

        String paris = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneId.of("Europe/Paris")).format(start);
        String invitation = calendarOf(toFirst.get(0));
        assertThat(toFirst.get(0).getSubject(), startsWith("Convocation : Courrier d'essai"));
        assertThat(invitation, containsString("METHOD:REQUEST"));
        assertThat(invitation, containsString("BEGIN:VTIMEZONE"));
        assertThat(invitation, containsString("TZID:Europe/Paris"));
        assertThat(invitation, containsString("DTSTART;TZID=Europe/Paris:" + paris));
        String withdrawal = calendarOf(toFirst.get(1));
        assertThat(toFirst.get(1).getSubject(), startsWith("Annulation"));
        assertThat(withdrawal, containsString("METHOD:CANCEL"));
        assertThat(withdrawal, containsString("STATUS:CANCELLED"));
        assertThat(uid(withdrawal), is(uid(invitation)));

        assertThat(toSecond.get(0).getSubject(), startsWith("Liste d'attente"));
        assertThat(calendarOf(toSecond.get(0)) == null, is(true));
        assertThat(toSecond.get(1).getSubject(), startsWith("Convocation"));
        assertThat(calendarOf(toSecond.get(1)), containsString("METHOD:REQUEST"));

        // the outbox sends what is due in the order it was queued: once a mail queued after all of these
        // arrives, anything sent twice or a reminder not withdrawn would have arrived before it
        String third = teacher("c", school);
        assertThat(new Api(url).as(third, "Motdepasse-2026").send("PUT", path).json().getString("myStatus"),
                is("WAITLISTED"));
        assertThat(mailbox.to(third, 1).size(), is(1));
        assertThat("no reminder after a cancellation, nothing twice", mailbox.count(first), is(2L));
        assertThat("the reminder waits for two days before the session", mailbox.count(second), is(2L));
    }

    @Test
    void movingASessionSendsTheUpdatedInvitationThatReplacesTheFirst() throws Exception {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String teacher = teacher("f", school);
        long offerId = offer("Session déplacée d'essai", "DEPARTEMENTALE", "PRESENTIEL", 120, inDays(-1), inDays(20), "");
        Instant start = inDays(35);
        long session = session(offerId, start, Duration.ofHours(2), 5, "");
        publish(offerId);
        new Api(url).as(teacher, "Motdepasse-2026").send("PUT", "api/training/sessions/" + session + "/booking");
        String invitation = calendarOf(mailbox.to(teacher, 1).get(0));

        Instant moved = start.plus(Duration.ofDays(1));
        Api.Reply changed = new Api(url).as("ien", PASSWORD).putJson("api/training/sessions/" + session, """
                {"startsAt":"%s","endsAt":"%s","place":"École des essais, salle 2","capacity":5}"""
                .formatted(moved, moved.plus(Duration.ofHours(2))));
        assertThat(changed.body(), changed.status(), is(200));

        List<MimeMessage> mails = mailbox.to(teacher, 2);
        assertThat(mails.size(), is(2));
        assertThat(subject(mails.get(1)), startsWith("Changement : Session déplacée d'essai"));
        String update = calendarOf(mails.get(1));
        assertThat(update, containsString("METHOD:REQUEST"));
        assertThat(update, containsString("DTSTART;TZID=Europe/Paris:" + DateTimeFormatter
                .ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneId.of("Europe/Paris")).format(moved)));
        assertThat(update, containsString("salle 2"));
        assertThat(uid(update), is(uid(invitation)));
        assertThat(sequence(update) > sequence(invitation), is(true));
    }

    @Test
    void anEnglishSpeakingTeacherGetsTheConvocationInEnglishAndAFrenchOneInFrench() throws Exception {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String english = teacher("en", school);
        String french = teacher("fr", school);
        Api.Reply chosen = new Api(url).as(english, "Motdepasse-2026").putJson("api/me/language", "{\"language\":\"en\"}");
        assertThat(chosen.body(), chosen.status(), is(200));
        long offerId = offer("Courrier bilingue", "DEPARTEMENTALE", "PRESENTIEL", 120, inDays(-1), inDays(20), "");
        Instant start = inDays(32);
        long session = session(offerId, start, Duration.ofHours(2), 5, "");
        publish(offerId);
        String path = "api/training/sessions/" + session + "/booking";
        new Api(url).as(english, "Motdepasse-2026").send("PUT", path);
        new Api(url).as(french, "Motdepasse-2026").send("PUT", path);

        MimeMessage toEnglish = mailbox.to(english, 1).get(0);
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'from' HH:mm", Locale.ENGLISH)
                .withZone(ZoneId.of("Europe/Paris")).format(start);
        assertThat(toEnglish.getSubject(), is("Convocation: Courrier bilingue — " + day));
        assertThat(Mailbox.text(toEnglish), startsWith("Hello Test Courrier,"));
        assertThat(Mailbox.text(toEnglish), containsString("Your seat is confirmed for the training \"Courrier bilingue\", on "
                + day + " to "));
        assertThat(Mailbox.text(toEnglish), containsString("(Paris time)"));
        assertThat(calendarOf(toEnglish), containsString("METHOD:REQUEST"));

        MimeMessage toFrench = mailbox.to(french, 1).get(0);
        String jour = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'de' HH'h'mm", Locale.FRENCH)
                .withZone(ZoneId.of("Europe/Paris")).format(start);
        assertThat(toFrench.getSubject(), is("Convocation : Courrier bilingue — " + jour));
        assertThat(Mailbox.text(toFrench), startsWith("Bonjour Test Courrier,"));
        assertThat(Mailbox.text(toFrench), containsString("Votre place est confirmée pour la formation « Courrier bilingue »"));
        assertThat(Mailbox.text(toFrench), containsString("(heure de Paris)"));
    }

    private static int sequence(String calendar) {
        return Integer.parseInt(calendar.lines().filter(l -> l.startsWith("SEQUENCE:")).findFirst().orElseThrow()
                .substring("SEQUENCE:".length()).strip());
    }

    @Test
    void aSessionSoonSendsItsReminderWithTheConvocation() throws Exception {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String teacher = teacher("c", school);
        long offerId = offer("Rappel d'essai", "DEPARTEMENTALE", "DISTANCE", 60, inDays(-1), inDays(2), "");
        Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        long session = session(offerId, start, Duration.ofHours(1), 5, "");
        publish(offerId);
        new Api(url).as(teacher, "Motdepasse-2026").send("PUT", "api/training/sessions/" + session + "/booking");

        List<MimeMessage> mails = mailbox.to(teacher, 2);
        assertThat(mails.stream().map(MailIT::subject).filter(s -> s.startsWith("Rappel : Rappel d'essai")).count(), is(1L));
        assertThat(mails.stream().map(MailIT::subject).filter(s -> s.startsWith("Convocation")).count(), is(1L));
    }

    @Test
    void cancellingASessionTellsEveryoneAndClosesIt() throws Exception {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String seated = teacher("d", school);
        String waiting = teacher("e", school);
        long offerId = offer("Session annulée d'essai", "DEPARTEMENTALE", "PRESENTIEL", 120, inDays(-1), inDays(20), "");
        long session = session(offerId, inDays(25), Duration.ofHours(2), 1, "");
        publish(offerId);
        String path = "api/training/sessions/" + session + "/booking";
        new Api(url).as(seated, "Motdepasse-2026").send("PUT", path);
        new Api(url).as(waiting, "Motdepasse-2026").send("PUT", path);

        assertThat(api.as("enseignant", PASSWORD).post("api/training/sessions/" + session + "/cancellation",
                "application/json", new byte[0]).status(), is(403));
        Api.Reply cancelled = api.as("ien", PASSWORD).post("api/training/sessions/" + session + "/cancellation",
                "application/json", new byte[0]);
        assertThat(cancelled.body(), cancelled.status(), is(200));
        assertThat(cancelled.json().getBoolean("cancelled"), is(true));

        List<MimeMessage> toSeated = mailbox.to(seated, 2);
        assertThat(toSeated.size(), is(2));
        assertThat(toSeated.get(1).getSubject(), startsWith("Session annulée"));
        assertThat(calendarOf(toSeated.get(1)), containsString("METHOD:CANCEL"));
        List<MimeMessage> toWaiting = mailbox.to(waiting, 2);
        assertThat(toWaiting.get(1).getSubject(), startsWith("Session annulée"));

        Api.Reply again = new Api(url).as(seated, "Motdepasse-2026").send("PUT", path);
        assertThat(again.status(), is(400));
        assertThat(again.json().getString("code"), is("session.cancelled"));
        assertThat(new Api(url).as(seated, "Motdepasse-2026").get("api/training/catalogue?q=session+annulee+essai&size=200").body()
                .contains("\"sessionId\":" + session + ","), is(false));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uid(String calendar) throws IOException {
        return calendar.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
    }
}
