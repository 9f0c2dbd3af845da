package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Personal data on Payara Micro: the retention rule (accounts deactivated more than three years ago
 * are anonymised, with the application's clock fixed on either side of the limit) and the right of
 * access (a person's own data as JSON and PDF).
 */
class PrivacyIT extends ApiTestBase {

    private static final String NEW_PASSWORD = "Motdepasse-2026";
    /** A Béziers-Centre school of the demo (the demo inspector's circonscription). */
    private static final String SCHOOL = "0349101H";
    /** The verification code printed on an attestation. */
    private static final Pattern ATTESTATION_CODE = Pattern.compile("Code de vérification : ([A-Z2-7]{32})");

    private final String token = Long.toString(System.nanoTime() % 1_000_000, 36);

    private Api admin() {
        return new Api(url).as("admin", PASSWORD);
    }

    /** Creates a teacher of {@link #SCHOOL}; answers the id of their account (from the audit trail). */
    private long teacher(String username, String firstName, String lastName) {
        Api.Reply created = admin().postJson("api/accounts", """
                {"username":"%s","firstName":%s,"lastName":%s,"email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":100,"password":"%s"}"""
                .formatted(username, quote(firstName), quote(lastName), username, SCHOOL, NEW_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        return events("type=Account&user=admin&size=200").stream()
                .filter(e -> "INSERT".equals(e.getString("action")) && username.equals(after(e, "username")))
                .map(e -> Long.parseLong(e.getString("entityId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no audit row for the creation of " + username));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private List<JsonObject> events(String query) {
        Api.Reply reply = admin().get("api/audit?" + query);
        assertThat(reply.body(), reply.status(), is(200));
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String after(JsonObject event, String attribute) {
        return event.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("attribute").equals(attribute)).findFirst()
                .map(c -> c.getString("after", null)).orElse(null);
    }

    private long request(String username, String subject) {
        Api.Reply created = new Api(url).as(username, passwordOf(username)).postJson("api/support/requests", """
                        {"category":"OTHER","subject":%s,"description":"L'écran de la classe ne s'allume plus."}"""
                        .formatted(quote(subject)));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    /** The demo accounts have the demo password; those the tests create have theirs. */
    private static String passwordOf(String username) {
        return username.startsWith("rgpd") ? NEW_PASSWORD : PASSWORD;
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** Clicks one of the download buttons of the profile page (a plain form post, as without Ajax). */
    private static HttpResponse<String> download(PageBrowser browser, String button) {
        HttpResponse<String> profile = browser.get("profile.xhtml");
        assertThat(profile.body(), profile.statusCode(), is(200));
        assertThat(profile.body(), containsString("id=\"data-pdf\""));
        Matcher state = PageBrowser.VIEW_STATE.matcher(profile.body());
        assertThat(state.find(), is(true));
        Matcher nonce = PageBrowser.NONCE_FIELD.matcher(profile.body());
        String form = "data-form=data-form&" + button + "=&jakarta.faces.ViewState="
                + PageBrowser.encode(state.group(1).replace("&#58;", ":"))
                + (nonce.find() ? "&primefaces.nonce=" + PageBrowser.encode(nonce.group(1)) : "");
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(browser.uri("profile.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(answer.body(), answer.statusCode(), is(200));
        return answer;
    }

    private int run() {
        Api.Reply run = admin().send("POST", "api/privacy/retention/run");
        assertThat(run.body(), run.status(), is(200));
        assertThat(run.json().getInt("retentionYears"), is(3));
        return run.json().getInt("anonymised");
    }

    @Test
    void anAccountDeactivatedForMoreThanTheRetentionPeriodIsAnonymisedOnce() throws java.io.IOException {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (FixedClock clock = FixedClock.at(url, start)) {
            String username = "rgpd.oubli." + token;
            String lastName = "Oubliable" + token;
            long id = teacher(username, "Zélie", lastName);
            String pseudonym = "anonyme-" + id;
            String stays = "rgpd.reste." + token;
            teacher(stays, "Rémi", "Restant" + token);
            Api me = new Api(url).as(username, NEW_PASSWORD);

            long offer = offer("Données personnelles " + token, "DEPARTEMENTALE", "PRESENTIEL", 90,
                    start.minus(Duration.ofDays(1)), start.plus(Duration.ofHours(1)), "");
            long session = session(offer, start.plus(Duration.ofHours(2)), Duration.ofMinutes(90), 5, "");
            publish(offer);
            Api.Reply booked = me.send("PUT", "api/training/sessions/" + session + "/booking");
            assertThat(booked.body(), booked.status(), is(200));
            long requestId = request(username, "Écran en panne " + token);
            Api.Reply apiToken = me.postJson("api/me/tokens", "{\"label\":\"tableur\"}");
            assertThat(apiToken.body(), apiToken.status(), is(201));
            String secret = apiToken.json().getString("secret");
            assertThat(new Api(url).withToken(secret).get("api/me").status(), is(200));

            clock.move(start.plus(Duration.ofMinutes(150)));
            Api.Reply present = new Api(url).as("ien", PASSWORD).putJson(
                    "api/training/sessions/" + session + "/attendance/" + username, "{\"attendance\":\"PRESENT\"}");
            assertThat(present.body(), present.status(), is(200));
            assertThat(me.get("api/training/my-hours").json().getInt("minutesDone"), is(90));
            // an attestation issued to them, and hours done elsewhere declared with a certificate
            Matcher issued = ATTESTATION_CODE.matcher(text(me.bytes("api/training/my-attestation.pdf")));
            assertThat(issued.find(), is(true));
            String attestation = issued.group(1);
            assertThat(new Api(url).anonymous().get("api/attestations/" + attestation).json().getString("teacherName"),
                    containsString(lastName));
            Api.Reply declared = me.post("api/training/outside-hours?title=Constellation&provider=MAGISTERE&doneOn="
                    + LocalDate.now(ZoneId.of("Europe/Paris")) + "&nature=FORMATION_CONTINUE&modality=DISTANCE&minutes=60"
                    + "&name=certificat-" + token + ".pdf", "application/octet-stream",
                    "%PDF-1.4\n% certificat\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(declared.body(), declared.status(), is(201));
            String certificate = "api/training/outside-hours/" + declared.json().getJsonNumber("id").longValue()
                    + "/certificate";
            assertThat(new Api(url).as("ien", PASSWORD).get(certificate).status(), is(200));

            Instant deactivated = start.plus(Duration.ofHours(3));
            clock.move(deactivated);
            assertThat(admin().post("api/accounts/" + username + "/deactivation", "application/json", new byte[0])
                    .status(), is(200));

            // one day short of three years: kept as it is
            Instant threeYears = deactivated.atZone(ZoneId.of("Europe/Paris")).plusYears(3).toInstant();
            clock.move(threeYears.minus(Duration.ofDays(1)));
            run();
            JsonObject kept = admin().get("api/accounts/" + username).json();
            assertThat(kept.getString("lastName"), is(lastName));

            // one day past: anonymised
            clock.move(threeYears.plus(Duration.ofDays(1)));
            assertThat(run(), greaterThanOrEqualTo(1));
            assertThat(admin().get("api/accounts/" + username).status(), is(404));
            JsonObject anonymous = admin().get("api/accounts/" + pseudonym).json();
            assertThat(anonymous.getString("firstName"), is("Anonyme"));
            assertThat(anonymous.getString("lastName"), is("#" + id));
            assertThat(anonymous.getString("email"), is(pseudonym + "@anonyme.invalid"));
            assertThat(anonymous.getBoolean("active"), is(false));
            assertThat(anonymous.getBoolean("passwordSet"), is(false));
            assertThat(admin().get("api/accounts?inactive=true&q=" + lastName).json().getInt("total"), is(0));

            // nothing logs in any more
            assertThat(new Api(url).withToken(secret).get("api/me").status(), is(401));
            assertThat(new Api(url).as(username, NEW_PASSWORD).get("api/me").status(), is(401));
            assertThat(new Api(url).as(pseudonym, NEW_PASSWORD).get("api/me").status(), is(401));

            // the booking, its attendance and the request stay, under the pseudonym
            String enrolments = new Api(url).as("ien", PASSWORD).get("api/training/sessions/" + session + "/enrolments")
                    .body();
            assertThat(enrolments, containsString("\"username\":\"" + pseudonym + "\""));
            assertThat(enrolments, containsString("\"attendance\":\"PRESENT\""));
            assertThat(enrolments, not(containsString(username)));
            assertThat(enrolments, not(containsString(lastName)));
            Api.Reply request = new Api(url).as("dsi", PASSWORD).get("api/support/requests/" + requestId);
            assertThat(request.body(), request.status(), is(200));
            assertThat(request.body(), not(containsString(lastName)));
            // the attestation still checks, under the pseudonym; the certificate's file is erased
            JsonObject checked = new Api(url).anonymous().get("api/attestations/" + attestation).json();
            assertThat(checked.getString("teacherName"), is(pseudonym));
            assertThat(checked.getInt("minutesDone"), is(90));
            assertThat(new Api(url).as("ien", PASSWORD).get(certificate).status(), is(404));

            // the audit trail names the pseudonym only, and one row counts the run
            assertThat(events("user=" + username).size(), is(0));
            List<JsonObject> acted = events("user=" + pseudonym + "&size=100");
            assertThat(acted.stream().map(e -> e.getString("entityType")).toList(),
                    hasItems("ApiToken", "Booking", "SupportRequest"));
            String ownTrail = admin().get("api/audit?type=Account&id=" + id + "&size=100").body();
            assertThat(ownTrail, containsString(pseudonym));
            assertThat(ownTrail, not(containsString(username)));
            assertThat(ownTrail, not(containsString(lastName)));
            assertThat(ownTrail, not(containsString("Zélie")));
            assertThat(admin().get("api/audit?size=500&user=admin").body(), not(containsString(username)));
            List<JsonObject> counted = events("type=Retention&size=5");
            assertThat(counted, not(empty()));
            assertThat(counted.get(0).getString("action"), is("ANONYMISE"));
            assertThat(Integer.parseInt(after(counted.get(0), "anonymised")), greaterThanOrEqualTo(1));
            assertThat(counted.get(0).toString(), not(containsString(lastName)));

            // a second run has nothing more to do; an active account is never touched
            assertThat(run(), is(0));
            JsonObject active = admin().get("api/accounts/" + stays).json();
            assertThat(active.getString("lastName"), is("Restant" + token));
            assertThat(active.getBoolean("active"), is(true));
            assertThat(admin().get("api/accounts/enseignant").json().getBoolean("active"), is(true));

            // an anonymised account is never reactivated
            Api.Reply reactivated = admin().post("api/accounts/" + pseudonym + "/activation", "application/json",
                    new byte[0]);
            assertThat(reactivated.body(), reactivated.status(), is(400));
            assertThat(reactivated.json().getString("code"), is("account.anonymised.reactivate"));
            assertThat(admin().post("api/accounts/" + username + "/activation", "application/json", new byte[0])
                    .status(), is(404));
        }
    }

    @Test
    void aPersonDownloadsTheirOwnDataAndNobodyElses() throws Exception {
        String username = "rgpd.acces." + token;
        String hostile = "<script>alert(\"x\")</script> O'Brien & Fils " + token;
        teacher(username, "Anaïs", hostile);
        String mine = "Tableau de " + token;
        String theirs = "Imprimante de " + token;
        request(username, mine);
        request("enseignant", theirs);

        Api me = new Api(url).as(username, NEW_PASSWORD);
        // a kit reserved and hours declared from outside Tandem are theirs too
        JsonObject kit = me.get("api/loans/kits").structure().asJsonArray().getJsonObject(0);
        LocalDate far = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(300);
        Api.Reply reserved = me.postJson("api/loans/reservations", "{\"kitId\":%d,\"from\":\"%s\",\"to\":\"%s\",\"note\":%s}"
                .formatted(kit.getJsonNumber("id").longValue(), far, far.plusDays(1), quote("Note " + hostile)));
        assertThat(reserved.body(), reserved.status(), is(201));
        Api.Reply declared = me.post("api/training/outside-hours?title=" + java.net.URLEncoder.encode("Parcours " + token,
                        StandardCharsets.UTF_8) + "&provider=MAGISTERE&doneOn=" + LocalDate.now(ZoneId.of("Europe/Paris"))
                        + "&nature=FORMATION_CONTINUE&modality=DISTANCE&minutes=90&name=certificat.pdf",
                "application/octet-stream", "%PDF-1.4\n% certificat\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(declared.body(), declared.status(), is(201));
        Api.Reply data = me.get("api/me/data");
        assertThat(data.body(), data.status(), is(200));
        assertThat(data.contentType(), startsWith("application/json"));
        JsonObject json = data.json();
        assertThat(json.getJsonObject("account").getString("username"), is(username));
        assertThat(json.getJsonObject("account").getString("lastName"), is(hostile));
        assertThat(json.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("subject")).toList(), is(List.of(mine)));
        assertThat(data.body(), not(containsString(theirs)));
        assertThat(data.body(), not(containsString("\"enseignant\"")));
        assertThat(data.body(), not(containsString("passwordHash")));
        assertThat(json.getJsonArray("schools").getJsonObject(0).getString("schoolUai"), is(SCHOOL));
        assertThat(json.getJsonArray("reservations").getJsonObject(0).getString("note"), is("Note " + hostile));
        assertThat(json.getJsonArray("reservations").getJsonObject(0).getString("kit"), is(kit.getString("name")));
        assertThat(json.getJsonArray("outsideHours").getJsonObject(0).getString("title"), is("Parcours " + token));
        assertThat(json.getJsonArray("ratings").size(), is(0));

        Api.Reply created = me.postJson("api/me/tokens", "{\"label\":\"export\"}");
        String secret = created.json().getString("secret");
        String withToken = me.get("api/me/data").body();
        assertThat(withToken, containsString("\"label\":\"export\""));
        assertThat(withToken, not(containsString(secret)));
        assertThat(withToken, not(containsString(secret.substring(4, 12))));

        byte[] french = me.bytes("api/me/data.pdf");
        assertThat(new String(french, 0, 5, StandardCharsets.ISO_8859_1), is("%PDF-"));
        String frenchText = text(french);
        assertThat(frenchText, containsString("Mes données dans Tandem"));
        assertThat(frenchText, containsString(hostile));
        assertThat(frenchText, containsString(mine));
        assertThat(frenchText, containsString("Mallettes que vous avez réservées"));
        assertThat(frenchText, containsString("Parcours " + token));

        assertThat(me.putJson("api/me/language", "{\"language\":\"en\"}").status(), is(200));
        byte[] english = me.bytes("api/me/data.pdf");
        String englishText = text(english);
        assertThat(englishText, containsString("My data in Tandem"));
        assertThat(englishText, containsString(hostile));

        // the same from the profile page's two buttons
        PageBrowser browser = new PageBrowser(url);
        assertThat(browser.login(username, NEW_PASSWORD).statusCode(), is(302));
        HttpResponse<String> fromPage = download(browser, "data-json");
        assertThat(fromPage.headers().firstValue("Content-Type").orElse(""), startsWith("application/json"));
        assertThat(fromPage.body(), containsString("\"username\":\"" + username + "\""));
        HttpResponse<String> pdfFromPage = download(browser, "data-pdf");
        assertThat(pdfFromPage.headers().firstValue("Content-Type").orElse(""), startsWith("application/pdf"));
        assertThat(pdfFromPage.body(), startsWith("%PDF-"));

        assertThat(new Api(url).get("api/me/data").status(), is(401));
        assertThat(new Api(url).get("api/me/data.pdf").status(), is(401));
        assertThat(new Api(url).as("enseignant", PASSWORD).send("POST", "api/privacy/retention/run").status(),
                is(403));
        assertThat(new Api(url).send("POST", "api/privacy/retention/run").status(), is(401));
    }
}
