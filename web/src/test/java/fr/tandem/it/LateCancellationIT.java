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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, cancellations and reminders: a seat given up less than the notice (2 days) before the
 * session needs a reason, an earlier one does not; the reminder goes the offer's number of days
 * before the session and moves when that number changes; the offer's figures count enrolled,
 * attended, no-shows and late cancellations by reason. The late cancellations' sessions sit 130 days
 * ahead; the reminders' three days ahead, so that a reminder due before now goes at once.
 */
class LateCancellationIT extends ApiTestBase {

    private static final String OWN_PASSWORD = "Motdepasse-2026";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    private String teacher() {
        String school = new Api(url).as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String username = "late." + System.nanoTime() % 1_000_000;
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Essai","lastName":"Annulation","email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":100,"password":"%s"}""".formatted(username, username, school,
                OWN_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private Api as(String teacher) {
        return new Api(url).as(teacher, OWN_PASSWORD);
    }

    /** The mails Tandem queued for the account, with when each was sent: what a failed wait for a mail shows. */
    private String outbox(String username) {
        return as(username).get("api/me/data").json().getJsonArray("mails").toString();
    }

    private void book(String teacher, long session) {
        Api.Reply booked = as(teacher).send("PUT", "api/training/sessions/" + session + "/booking");
        assertThat(booked.body(), booked.json().getString("myStatus"), is("CONFIRMED"));
    }

    private Api.Reply cancel(String teacher, long session, String query) {
        return as(teacher).send("DELETE", "api/training/sessions/" + session + "/booking" + query);
    }

    @Test
    void aLateCancellationNeedsAReasonAndIsCountedWithTheNoShows() {
        String present = teacher();
        String absent = teacher();
        String late = teacher();
        String early = teacher();
        long offer = offer("Annulations", "OPTIONNELLE", "PRESENTIEL", 120, inDays(-1), inDays(30), "");
        Instant start = inDays(130);
        long session = session(offer, start, Duration.ofHours(2), 10, "");
        publish(offer);
        for (String teacher : List.of(present, absent, late, early)) {
            book(teacher, session);
        }
        // three days before: not late, no reason asked
        try (FixedClock clock = FixedClock.at(url, start.minus(Duration.ofDays(3)))) {
            Api.Reply earlyCancel = cancel(early, session, "");
            assertThat(earlyCancel.body(), earlyCancel.status(), is(200));

            clock.move(start.minus(Duration.ofDays(1)));
            Api.Reply noReason = cancel(late, session, "");
            assertThat(noReason.status(), is(400));
            assertThat(noReason.json().getString("code"), is("booking.cancel.reasonRequired"));
            Api.Reply otherWithoutNote = cancel(late, session, "?reason=OTHER");
            assertThat(otherWithoutNote.status(), is(400));
            assertThat(otherWithoutNote.json().getString("code"), is("booking.cancel.noteRequired"));
            Api.Reply withReason = cancel(late, session, "?reason=ILLNESS");
            assertThat(withReason.body(), withReason.status(), is(200));
            assertThat(withReason.json().getString("myStatus"), is("CANCELLED"));

            clock.move(start.plus(Duration.ofHours(3)));
            Api ien = new Api(url).as("ien", PASSWORD);
            String path = "api/training/sessions/" + session + "/attendance/";
            assertThat(ien.putJson(path + present, "{\"attendance\":\"PRESENT\"}").status(), is(200));
            assertThat(ien.putJson(path + absent, "{\"attendance\":\"ABSENT\"}").status(), is(200));
        }
        JsonObject figures = new Api(url).as("ien", PASSWORD).get("api/training/offers/" + offer + "/statistics").json();
        assertThat(figures.toString(), figures.getInt("enrolled"), is(2));
        assertThat(figures.getInt("attended"), is(1));
        assertThat(figures.getInt("noShows"), is(1));
        assertThat(figures.getInt("excused"), is(0));
        assertThat(figures.getInt("lateCancellations"), is(1));
        assertThat(ApproverDigestIT.count(figures, "lateCancellationReasons", "ILLNESS"), is(1));
        assertThat(ApproverDigestIT.count(figures, "lateCancellationReasons", "OTHER"), is(0));
        assertThat(figures.getInt("refusals"), is(0));
    }

    @Test
    void theSessionPageAsksForTheReasonOfALateCancellation() {
        String teacher = teacher();
        long offer = offer("Annulation tardive à l'écran", "OPTIONNELLE", "PRESENTIEL", 60, inDays(-1), inDays(1), "");
        long session = session(offer, inDays(1).plus(Duration.ofHours(2)), Duration.ofHours(1), 10, "");
        publish(offer);
        book(teacher, session);
        PageBrowser browser = new PageBrowser(url);
        assertThat(browser.login(teacher, OWN_PASSWORD).statusCode(), is(302));
        HttpResponse<String> asked = browser.ajax("training/session.xhtml?id=" + session, "teacher-session-form",
                "cancel-button");
        assertThat(asked.statusCode(), is(200));
        assertThat(asked.body(), containsString("id=\"late-reason\""));
        assertThat(asked.body(), containsString("late-confirm"));
        assertThat(asked.body(), containsString("indiquez le motif de votre annulation"));
        assertThat(as(teacher).get("api/training/sessions/" + session).json().getString("myStatus"), is("CONFIRMED"));
    }

    @Test
    void theReminderGoesTheOffersNumberOfDaysBeforeAndMovesWhenItChanges() throws Exception {
        String early = teacher();
        String moved = teacher();
        Instant opens = inDays(-1);
        Instant closes = inDays(30);
        Instant start = inDays(3);
        // five days before a session three days ahead: the reminder is due at once, with the convocation
        long fiveDays = offer("Rappel cinq jours", "OPTIONNELLE", "PRESENTIEL", 120, opens, closes,
                "\"reminderDaysBefore\":5");
        long fiveDaysSession = session(fiveDays, start, Duration.ofHours(2), 10, "");
        publish(fiveDays);
        JsonObject shown = new Api(url).as("ien", PASSWORD).get("api/training/offers").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getJsonNumber("id").longValue() == fiveDays)
                .findFirst().orElseThrow();
        assertThat(shown.getInt("reminderDaysBefore"), is(5));
        PageBrowser inspector = new PageBrowser(url);
        assertThat(inspector.login("ien", PASSWORD).statusCode(), is(302));
        assertThat(inspector.get("training/offer.xhtml?id=" + fiveDays).body(),
                matchesPattern("(?s).*id=\"offer-reminder\"[^>]*value=\"5\".*"));
        book(early, fiveDaysSession);
        List<MimeMessage> both = mailbox.to(early, 2);
        assertThat(outbox(early), both.size(), is(2));
        assertThat(both.get(0).getSubject(), startsWith("Convocation : Rappel cinq jours"));
        assertThat(both.get(1).getSubject(), startsWith("Rappel : Rappel cinq jours"));

        // two days before (the default): the reminder waits; changed to five days, it moves and goes at once
        long twoDays = offer("Rappel déplacé", "OPTIONNELLE", "PRESENTIEL", 120, opens, closes, "");
        long twoDaysSession = session(twoDays, start.plus(Duration.ofHours(3)), Duration.ofHours(2), 10, "");
        publish(twoDays);
        book(moved, twoDaysSession);
        assertThat(mailbox.to(moved, 1).get(0).getSubject(), startsWith("Convocation : Rappel déplacé"));
        Api.Reply changed = new Api(url).as("ien", PASSWORD).putJson("api/training/offers/" + twoDays, """
                {"title":"Rappel déplacé","description":"Essai","topic":"ENI","category":"OPTIONNELLE",
                 "nature":"FORMATION_CONTINUE","modality":"PRESENTIEL","minutesCredited":120,"enrolmentOpens":"%s",
                 "enrolmentCloses":"%s","reminderDaysBefore":5}""".formatted(opens, closes));
        assertThat(changed.body(), changed.json().getInt("reminderDaysBefore"), is(5));
        List<MimeMessage> reminded = mailbox.to(moved, 2);
        assertThat(outbox(moved), reminded.size(), is(2));
        assertThat(reminded.get(1).getSubject(), startsWith("Rappel : Rappel déplacé"));

        Api.Reply outOfRange = new Api(url).as("ien", PASSWORD).putJson("api/training/offers/" + twoDays, """
                {"title":"Rappel déplacé","category":"OPTIONNELLE","nature":"FORMATION_CONTINUE","modality":"PRESENTIEL",
                 "minutesCredited":120,"enrolmentOpens":"%s","enrolmentCloses":"%s","reminderDaysBefore":-1}"""
                .formatted(opens, closes));
        assertThat(outOfRange.json().getString("code"), is("offer.reminder.range"));
        // the reminder already sent is not sent again when the offset changes once more
        new Api(url).as("ien", PASSWORD).putJson("api/training/offers/" + twoDays, """
                {"title":"Rappel déplacé","category":"OPTIONNELLE","nature":"FORMATION_CONTINUE","modality":"PRESENTIEL",
                 "minutesCredited":120,"enrolmentOpens":"%s","enrolmentCloses":"%s","reminderDaysBefore":4}"""
                .formatted(opens, closes));
        assertThat(outbox(moved), subjects(moved).stream().filter(s -> s.startsWith("Rappel : Rappel déplacé")).count(),
                is(1L));
    }

    /** The subjects of the mails Tandem queued for the account (sent or not yet), oldest first. */
    private List<String> subjects(String username) {
        return as(username).get("api/me/data").json().getJsonArray("mails").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("subject")).toList();
    }
}
