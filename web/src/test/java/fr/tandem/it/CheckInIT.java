package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The self check-in: from the setting's minutes (15) before the start to the end, a teacher seated
 * in the session marks themselves present with the code the trainer shows, which changes every
 * minute (the one before is still taken); every other case is refused with its own reason, and the
 * trainer sees the check-in and may correct it. The mark counts hours as the trainer's does.
 */
class CheckInIT extends ApiTestBase {

    private static final String OWN_PASSWORD = "Motdepasse-2026";

    private String account(String prefix, String roles, String school) {
        String username = prefix + "." + System.nanoTime() % 1_000_000;
        String schoolPart = school == null ? "" : ",\"schoolUai\":\"" + school + "\",\"workingTimePercent\":100";
        Api.Reply created = api.as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Test","lastName":"Emargement","email":"%s@mail.test","roles":[%s],
                 "password":"%s"%s}""".formatted(username, username, roles, OWN_PASSWORD, schoolPart));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private Api as(String username) {
        return new Api(url).as(username, OWN_PASSWORD);
    }

    private static String code(Api.Reply reply) {
        return reply.json().getString("code");
    }

    private Api.Reply checkIn(String teacher, long session, String code) {
        return as(teacher).postJson("api/training/sessions/" + session + "/check-in", "{\"code\":\"" + code + "\"}");
    }

    private static void refused(Api.Reply reply, String key) {
        assertThat(reply.body(), reply.status(), is(400));
        assertThat(reply.json().getString("code"), is(key));
    }

    @Test
    void onlyASeatedTeacherWithTheCodeOfTheMinuteChecksInWhileTheCheckInIsOpen() {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String trainer = account("qr.formateur", "\"TRAINER\"", null);
        String seated = account("qr.assis", "\"TEACHER\"", school);
        String waiting = account("qr.attente", "\"TEACHER\"", school);
        String gone = account("qr.parti", "\"TEACHER\"", school);
        String stranger = account("qr.absent", "\"TEACHER\"", school);
        long offer = offer("Émargement par QR", "DEPARTEMENTALE", "PRESENTIEL", 180, inDays(-1), inDays(20), "");
        Instant start = inDays(30);
        long session = session(offer, start, Duration.ofHours(3), 1, "\"trainers\":[\"" + trainer + "\"]");
        long cancelled = session(offer, start.plus(Duration.ofDays(7)), Duration.ofHours(3), 5,
                "\"trainers\":[\"" + trainer + "\"]");
        publish(offer);
        String booking = "api/training/sessions/" + session + "/booking";
        assertThat(as(seated).send("PUT", booking).json().getString("myStatus"), is("CONFIRMED"));
        assertThat(as(waiting).send("PUT", booking).json().getString("myStatus"), is("WAITLISTED"));
        assertThat(as(gone).send("PUT", booking).json().getString("myStatus"), is("WAITLISTED"));
        assertThat(as(gone).send("DELETE", booking).status(), is(200));
        assertThat(as(seated).send("PUT", "api/training/sessions/" + cancelled + "/booking").status(), is(200));
        assertThat(api.as("ien", PASSWORD).post("api/training/sessions/" + cancelled + "/cancellation",
                "application/json", new byte[0]).status(), is(200));
        Api me = as(trainer);
        String codePath = "api/training/sessions-to-run/" + session + "/check-in-code";

        try (FixedClock clock = FixedClock.at(url, start.minus(Duration.ofMinutes(20)))) {
            refused(me.get(codePath), "checkIn.tooEarly");
            refused(checkIn(seated, session, "00000000"), "checkIn.tooEarly");
            assertThat(me.get("api/training/sessions-to-run/" + session).json().getBoolean("checkInOpen"), is(false));

            clock.move(start.minus(Duration.ofMinutes(10)));
            Api.Reply shown = me.get(codePath);
            assertThat(shown.body(), shown.status(), is(200));
            String first = code(shown);
            assertThat(shown.json().getString("address"), containsString(
                    "training/check-in.xhtml?session=" + session + "&code=" + first));
            assertThat(shown.json().getString("qrSvg"), startsWith("<svg"));
            assertThat(me.get("api/training/sessions-to-run/" + session).json().getBoolean("checkInOpen"), is(true));
            refused(checkIn(seated, session, first.equals("0badc0de") ? "0badc0df" : "0badc0de"), "checkIn.badCode");
            refused(checkIn(waiting, session, first), "checkIn.notSeated");
            refused(checkIn(gone, session, first), "checkIn.notSeated");
            refused(checkIn(stranger, session, first), "checkIn.notSeated");
            assertThat(me.post("api/training/sessions/" + session + "/check-in", "application/json",
                    "{\"code\":\"x\"}".getBytes(StandardCharsets.UTF_8)).status(), is(403));
            assertThat(checkIn(seated, 999_999_999L, first).status(), is(404));

            // two minutes on, the first code has expired; the code of a minute ago is still taken
            clock.move(start.minus(Duration.ofMinutes(8)));
            refused(checkIn(seated, session, first), "checkIn.badCode");
            String second = code(me.get(codePath));
            assertThat(second, not(first));
            clock.move(start.minus(Duration.ofMinutes(7)));
            Api.Reply done = checkIn(seated, session, second);
            assertThat(done.body(), done.status(), is(200));
            assertThat(done.json().getString("attendance"), is("PRESENT"));
            assertThat(Instant.parse(done.json().getString("checkedInAt")), is(start.minus(Duration.ofMinutes(7))));

            JsonObject line = me.get("api/training/sessions-to-run/" + session).json().getJsonArray("enrolments")
                    .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("username").equals(seated))
                    .findFirst().orElseThrow();
            assertThat(line.getString("attendance"), is("PRESENT"));
            assertThat(Instant.parse(line.getString("checkedInAt")), is(start.minus(Duration.ofMinutes(7))));
            assertThat(as(seated).get("api/training/my-hours").json().getInt("minutesDone"), is(180));

            // the trainer corrects the mark: the check-in is forgotten and the hours follow
            clock.move(start.plus(Duration.ofMinutes(30)));
            Api.Reply corrected = me.putJson("api/training/sessions-to-run/" + session + "/attendance/" + seated,
                    "{\"attendance\":\"ABSENT\"}");
            assertThat(corrected.body(), corrected.status(), is(200));
            assertThat(as(seated).get("api/training/my-hours").json().getInt("minutesDone"), is(0));

            clock.move(start.plus(Duration.ofHours(3)));
            refused(me.get(codePath), "checkIn.over");
            refused(checkIn(seated, session, second), "checkIn.over");

            clock.move(start.plus(Duration.ofDays(7)));
            refused(checkIn(seated, cancelled, "00000000"), "checkIn.cancelled");
        }
    }

    @Test
    void theTrainersPageShowsTheCodeAndTheTeachersPhoneChecksInAfterLoggingIn() {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String trainer = account("page.formateur", "\"TRAINER\"", null);
        String seated = account("page.assis", "\"TEACHER\"", school);
        String stranger = account("page.absent", "\"TEACHER\"", school);
        long offer = offer("Émargement sur la page", "DEPARTEMENTALE", "PRESENTIEL", 60, inDays(-1), inDays(20), "");
        Instant start = inDays(40);
        long session = session(offer, start, Duration.ofHours(1), 5, "\"trainers\":[\"" + trainer + "\"]");
        publish(offer);
        assertThat(as(seated).send("PUT", "api/training/sessions/" + session + "/booking").status(), is(200));

        try (FixedClock clock = FixedClock.at(url, start.minus(Duration.ofMinutes(5)))) {
            PageBrowser trainerPhone = new PageBrowser(url);
            assertThat(trainerPhone.login(trainer, OWN_PASSWORD).statusCode(), is(302));
            assertThat(trainerPhone.get("training/run.xhtml").body(), containsString("Émargement sur la page"));
            String page = trainerPhone.get("training/run-session.xhtml?id=" + session).body();
            assertThat(page, containsString("id=\"check-in-qr\""));
            assertThat(page, containsString("src=\"data:image/svg+xml;base64,"));
            assertThat(page, containsString("0 émargement(s) par QR code sur 1 inscrit·e(s)"));
            Matcher link = Pattern.compile("id=\"check-in-address\" href=\"[^\"]*(training/check-in\\.xhtml[^\"]+)\"")
                    .matcher(page);
            assertThat(link.find(), is(true));
            String address = link.group(1).replace("&amp;", "&");
            assertThat(trainerPhone.get("training/run-session.xhtml?id=999999999").statusCode(), is(404));

            // a teacher without a seat is told why; the seated one, sent to log in first, is checked in
            PageBrowser strangerPhone = new PageBrowser(url);
            assertThat(strangerPhone.login(stranger, OWN_PASSWORD).statusCode(), is(302));
            assertThat(strangerPhone.get(address).body(), containsString("pas de place confirmée dans cette session"));
            PageBrowser teacherPhone = new PageBrowser(url);
            HttpResponse<String> toLogin = teacherPhone.get(address);
            assertThat(toLogin.statusCode(), is(302));
            assertThat(toLogin.headers().firstValue("Location").orElse(""), containsString("login.xhtml"));
            HttpResponse<String> back = teacherPhone.login(seated, OWN_PASSWORD);
            String location = back.headers().firstValue("Location").orElse("");
            assertThat(location, containsString("training/check-in.xhtml?session=" + session));
            String landed = teacherPhone.get(location.substring(location.indexOf("training/check-in.xhtml"))).body();
            assertThat(landed, containsString("votre présence est enregistrée"));

            assertThat(trainerPhone.get("training/run-session.xhtml?id=" + session).body(),
                    containsString("émargé par QR"));
        }
    }
}
