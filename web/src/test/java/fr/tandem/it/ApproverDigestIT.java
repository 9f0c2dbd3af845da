package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, approvers: the daily digest (one mail per inspector of the circonscription listing the
 * offers with requests waiting, never twice the same Paris day, none when nothing waits), the notice
 * to a teacher whose request waits long, and refusals with a reason (stored, mailed, shown, counted).
 * Sessions sit 120 days and more ahead, clear of the other test classes.
 */
class ApproverDigestIT extends ApiTestBase {

    private static final String OWN_PASSWORD = "Motdepasse-2026";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Europe/Paris"));

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    private Api admin() {
        return new Api(url).as("admin", PASSWORD);
    }

    private String account(String prefix, String roles, String place) {
        String username = prefix + "." + System.nanoTime() % 1_000_000;
        Api.Reply created = admin().postJson("api/accounts", """
                {"username":"%s","firstName":"Essai","lastName":"Valideur","email":"%s@mail.test","roles":[%s],
                 %s,"password":"%s"}""".formatted(username, username, roles, place, OWN_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private String inspector() {
        String circonscription = new Api(url).as("ien", PASSWORD).get("api/me").json().getString("circonscriptionCode");
        return account("insp", "\"INSPECTOR\"", "\"circonscriptionCode\":\"%s\"".formatted(circonscription));
    }

    private String teacher() {
        String school = new Api(url).as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        return account("val", "\"TEACHER\"", "\"schoolUai\":\"%s\",\"workingTimePercent\":100".formatted(school));
    }

    private Api.Reply request(String teacher, long session) {
        Api.Reply asked = new Api(url).as(teacher, OWN_PASSWORD).send("PUT", "api/training/sessions/" + session + "/booking");
        assertThat(asked.body(), asked.json().getString("myStatus"), is("PENDING"));
        return asked;
    }

    private JsonObject runDigest() {
        Api.Reply run = admin().post("api/training/approver-digest", "application/json", new byte[0]);
        assertThat(run.body(), run.status(), is(200));
        return run.json();
    }

    private Api.Reply refuse(long session, String teacher, String body) {
        return new Api(url).as("ien", PASSWORD).putJson("api/training/sessions/" + session + "/requests/" + teacher, body);
    }

    /** The subjects of the mails Tandem queued for the account (sent or not yet), oldest first. */
    private List<String> queued(String username) {
        return new Api(url).as(username, OWN_PASSWORD).get("api/me/data").json().getJsonArray("mails")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("subject")).toList();
    }

    private static long starting(List<String> subjects, String start) {
        return subjects.stream().filter(s -> s.startsWith(start)).count();
    }

    @Test
    void eachInspectorGetsOneDigestADayListingTheOffersWithRequestsWaiting() throws Exception {
        String inspector = inspector();
        String first = teacher();
        String second = teacher();
        long offerA = offer("Digest A", "OPTIONNELLE", "PRESENTIEL", 90, inDays(-1), inDays(20), "\"needsValidation\":true");
        long sessionA = session(offerA, inDays(120), Duration.ofHours(2), 5, "");
        long offerB = offer("Digest B", "OPTIONNELLE", "PRESENTIEL", 90, inDays(-1), inDays(20), "\"needsValidation\":true");
        long sessionB = session(offerB, inDays(121), Duration.ofHours(2), 5, "");
        publish(offerA);
        publish(offerB);
        Instant asked = Instant.now();
        request(first, sessionA);
        request(second, sessionA);
        request(first, sessionB);

        assertThat(runDigest().getInt("inspectorsWithRequests") >= 1, is(true));
        runDigest();
        List<MimeMessage> digests = mailbox.to(inspector, 1);
        assertThat(digests.size(), is(1));
        String text = Mailbox.text(digests.get(0));
        assertThat(digests.get(0).getSubject(), startsWith("Demandes d'inscription à valider"));
        assertThat(text, containsString("« Digest A » : 2 demande(s), la plus ancienne du " + DAY.format(asked)));
        assertThat(text, containsString("« Digest B » : 1 demande(s)"));
        assertThat(text, containsString("/training/offer.xhtml?id=" + offerA));
        assertThat(text, containsString("/training/offer.xhtml?id=" + offerB));
        assertThat("one digest a day, whatever the number of passes", queued(inspector).size(), is(1));

        try (FixedClock clock = FixedClock.at(url, Instant.now().plus(Duration.ofDays(1)))) {
            runDigest();
            runDigest();
            assertThat(queued(inspector).toString(), starting(queued(inspector), "Demandes d'inscription à valider"),
                    is(2L));
        }
    }

    @Test
    void aRequestForACourseOverSeveralDatesIsOneRequestInTheDigestAndTheNotice() throws Exception {
        String inspector = inspector();
        String teacher = teacher();
        long offer = offer("Parcours en attente", "OPTIONNELLE", "PRESENTIEL", 90, inDays(-1), inDays(30),
                "\"needsValidation\":true,\"takenTogether\":true");
        session(offer, inDays(130), Duration.ofHours(2), 5, "");
        session(offer, inDays(137), Duration.ofHours(2), 5, "");
        session(offer, inDays(144), Duration.ofHours(2), 5, "");
        publish(offer);
        Api.Reply asked = new Api(url).as(teacher, OWN_PASSWORD).send("PUT", "api/training/offers/" + offer + "/booking");
        assertThat(asked.body(), asked.json().getString("myStatus"), is("PENDING"));

        runDigest();
        String digest = Mailbox.text(mailbox.to(inspector, 1).get(0));
        assertThat(digest, containsString("« Parcours en attente » : 1 demande(s)"));
        String notice = "Votre demande attend toujours : Parcours en attente";
        try (FixedClock clock = FixedClock.at(url, Instant.now().plus(Duration.ofDays(8)))) {
            runDigest();
            assertThat(queued(teacher).toString(), starting(queued(teacher), notice), is(1L));
            clock.move(Instant.now().plus(Duration.ofDays(9)));
            runDigest();
            assertThat(queued(teacher).toString(), starting(queued(teacher), notice), is(1L));
        }
    }

    @Test
    void noDigestWhenNothingWaits() {
        // every session of the suite has started by then: no request can still be decided
        try (FixedClock clock = FixedClock.at(url, Instant.parse("2035-01-10T06:30:00Z"))) {
            JsonObject run = runDigest();
            assertThat(run.toString(), run.getInt("inspectorsWithRequests"), is(0));
            assertThat(run.toString(), run.getInt("waitingNotices"), is(0));
        }
    }

    @Test
    void aTeacherWhoseRequestWaitsLongIsToldOnce() throws Exception {
        String teacher = teacher();
        long offer = offer("Attente longue", "OPTIONNELLE", "PRESENTIEL", 90, inDays(-1), inDays(30),
                "\"needsValidation\":true");
        long session = session(offer, inDays(125), Duration.ofHours(2), 5, "");
        publish(offer);
        request(teacher, session);
        String notice = "Votre demande attend toujours : Attente longue";

        try (FixedClock clock = FixedClock.at(url, Instant.now().plus(Duration.ofDays(6)))) {
            runDigest();
            assertThat(queued(teacher).toString(), starting(queued(teacher), notice), is(0L));
            clock.move(Instant.now().plus(Duration.ofDays(8)));
            assertThat(runDigest().getInt("waitingNotices") >= 1, is(true));
            assertThat(queued(teacher).toString(), starting(queued(teacher), notice), is(1L));
            clock.move(Instant.now().plus(Duration.ofDays(9)));
            runDigest();
            clock.move(Instant.now().plus(Duration.ofDays(10)));
            runDigest();
            assertThat(queued(teacher).toString(), starting(queued(teacher), notice), is(1L));
        }
        // decided, the request is no longer waiting: nobody is told about it any more
        refuse(session, teacher, "{\"accept\":false,\"reason\":\"SERVICE_NEEDS\"}");
        try (FixedClock clock = FixedClock.at(url, Instant.now().plus(Duration.ofDays(11)))) {
            runDigest();
            assertThat(starting(queued(teacher), notice), is(1L));
        }
    }

    @Test
    void aRefusalCarriesAReasonThatIsMailedShownAndCounted() throws Exception {
        String teacher = teacher();
        String another = teacher();
        long offer = offer("Refus motivé", "OPTIONNELLE", "PRESENTIEL", 90, inDays(-1), inDays(30),
                "\"needsValidation\":true");
        long session = session(offer, inDays(127), Duration.ofHours(2), 5, "");
        publish(offer);
        request(teacher, session);
        request(another, session);

        Api.Reply noReason = refuse(session, teacher, "{\"accept\":false}");
        assertThat(noReason.status(), is(400));
        assertThat(noReason.json().getString("code"), is("validation.reason.required"));
        Api.Reply otherWithoutNote = refuse(session, teacher, "{\"accept\":false,\"reason\":\"OTHER\",\"note\":\" \"}");
        assertThat(otherWithoutNote.status(), is(400));
        assertThat(otherWithoutNote.json().getString("code"), is("validation.reason.noteRequired"));

        Api.Reply refused = refuse(session, teacher, "{\"accept\":false,\"reason\":\"SESSION_FULL\",\"note\":\"Reprogrammée en mai\"}");
        assertThat(refused.body(), refused.json().getString("status"), is("REFUSED"));
        Api.Reply other = refuse(session, another, "{\"accept\":false,\"reason\":\"OTHER\",\"note\":\"Formé ailleurs\"}");
        assertThat(other.body(), other.json().getString("status"), is("REFUSED"));

        List<MimeMessage> mails = mailbox.to(teacher, 2);
        assertThat(mails.size(), is(2));
        assertThat(mails.get(1).getSubject(), startsWith("Demande d'inscription non retenue"));
        assertThat(Mailbox.text(mails.get(1)), containsString("Motif : session complète (Reprogrammée en mai)."));

        JsonObject seen = new Api(url).as(teacher, OWN_PASSWORD).get("api/training/sessions/" + session).json();
        assertThat(seen.getString("myStatus"), is("REFUSED"));
        assertThat(seen.getString("myRefusalReason"), is("SESSION_FULL"));
        assertThat(seen.getString("myReasonNote"), is("Reprogrammée en mai"));

        JsonObject figures = new Api(url).as("ien", PASSWORD).get("api/training/offers/" + offer + "/statistics").json();
        assertThat(figures.toString(), figures.getInt("refusals"), is(2));
        assertThat(count(figures, "refusalReasons", "SESSION_FULL"), is(1));
        assertThat(count(figures, "refusalReasons", "OTHER"), is(1));
        assertThat(count(figures, "refusalReasons", "ALREADY_TRAINED"), is(0));
        assertThat(new Api(url).as("enseignant", PASSWORD).get("api/training/offers/" + offer + "/statistics").status(),
                is(403));
        String csv = new Api(url).as("ien", PASSWORD).get("api/training/offers/" + offer + "/statistics.csv").body();
        assertThat(csv, containsString("Refus : session complète;1"));

        // the pages: the offer's with its refusal dialog and figures, the teacher's session with the reason
        PageBrowser inspector = new PageBrowser(url);
        assertThat(inspector.login("ien", PASSWORD).statusCode(), is(302));
        String offerPage = inspector.get("training/offer.xhtml?id=" + offer + "&session=" + session).body();
        assertThat(offerPage, containsString("id=\"refusal-dialog\""));
        assertThat(offerPage, containsString("id=\"refusal-reason\""));
        assertThat(offerPage, containsString("<dd class=\"amount\" id=\"statistics-refusals\">2</dd>"));
        assertThat(offerPage, containsString("Refus : Session complète"));
        PageBrowser refusedTeacher = new PageBrowser(url);
        assertThat(refusedTeacher.login(teacher, OWN_PASSWORD).statusCode(), is(302));
        assertThat(refusedTeacher.get("training/session.xhtml?id=" + session).body(),
                containsString("Motif : Session complète — Reprogrammée en mai"));
    }

    static int count(JsonObject figures, String list, String reason) {
        return figures.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("reason").equals(reason)).findFirst().orElseThrow().getInt("count");
    }
}
