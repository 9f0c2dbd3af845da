package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hours done outside Tandem: a declaration refused for a certificate that is not a PDF, PNG or JPEG by
 * its content, too large, or a zero duration; validated or refused only by an inspector of the
 * teacher's circonscription (another's sees nothing); validated hours count in the ledger by nature
 * and modality under the one distance cap, and show apart in the exports and the attestation; the
 * certificate comes back with its real type and a safe file name; a waiting one may be withdrawn.
 */
class OutsideHoursIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String PASSWORD_NEW = "Hors-Tandem-2026";
    private static final String CENTRE_SCHOOL = uai(349101);
    private static final String EST = uai(341102);
    private static final byte[] PDF = "%PDF-1.4\n% une attestation m@gistère\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    private static String uai(int digits) {
        return String.format("%07d", digits) + LETTERS.charAt(digits % 23);
    }

    private Api ien() {
        return new Api(url).as("ien", PASSWORD);
    }

    private String account(String roles, String place) {
        String username = "hors." + System.nanoTime() % 1_000_000;
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Hors","lastName":"Tandem","email":"%s@mail.test","roles":[%s],
                 %s,"password":"%s"}""".formatted(username, username, roles, place, PASSWORD_NEW));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private String teacher() {
        return account("\"TEACHER\"", "\"schoolUai\":\"" + CENTRE_SCHOOL + "\",\"workingTimePercent\":100");
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    }

    private static Api.Reply send(Api teacher, String title, String modality, int minutes, String fileName,
                                  byte[] content) {
        String query = "title=%s&provider=MAGISTERE&doneOn=%s&nature=FORMATION_CONTINUE&modality=%s&minutes=%d&name=%s"
                .formatted(encode(title), today(), modality, minutes, encode(fileName));
        return teacher.post("api/training/outside-hours?" + query, "application/octet-stream", content);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long declare(Api teacher, String title, String modality, int minutes) {
        Api.Reply declared = send(teacher, title, modality, minutes, "attestation.pdf", PDF);
        assertThat(declared.body(), declared.status(), is(201));
        assertThat(declared.location(), containsString("/api/training/outside-hours/"));
        assertThat(declared.json().getString("status"), is("PENDING"));
        return declared.json().getJsonNumber("id").longValue();
    }

    private void refused(Api.Reply refused, String code) {
        assertThat(refused.body(), refused.status(), is(400));
        assertThat(refused.json().getString("code"), is(code));
    }

    private static Api.Reply decide(Api inspector, long id, boolean validated, String reason) {
        return inspector.postJson("api/training/outside-hours/" + id + "/decision",
                "{\"validated\":" + validated + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private static List<JsonObject> list(Api.Reply reply) {
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void aDeclarationIsRefusedForABadCertificateOrDuration() {
        Api teacher = new Api(url).as(teacher(), PASSWORD_NEW);
        byte[] text = "ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8);
        refused(send(teacher, "Faux PDF", "DISTANCE", 60, "attestation.pdf", text), "outsideHours.certificate.type");
        refused(send(teacher, "Faux PNG", "DISTANCE", 60, "photo.png", "GIF89a....".getBytes(StandardCharsets.US_ASCII)),
                "outsideHours.certificate.type");
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        refused(send(teacher, "Trop gros", "DISTANCE", 60, "gros.pdf", big), "outsideHours.certificate.tooLarge");
        refused(send(teacher, "Sans durée", "DISTANCE", 0, "attestation.pdf", PDF), "outsideHours.minutes.range");
        refused(send(teacher, "Trop long", "DISTANCE", 18 * 60 + 1, "attestation.pdf", PDF),
                "outsideHours.minutes.range");
        refused(send(teacher, "Hybride", "HYBRIDE", 60, "attestation.pdf", PDF), "outsideHours.modality.required");
        refused(send(teacher, "Sans fichier", "DISTANCE", 60, "attestation.pdf", new byte[0]),
                "outsideHours.certificate.missing");
        assertThat(list(teacher.get("api/training/outside-hours/mine")).size(), is(0));
        assertThat(send(new Api(url).as("dsi", PASSWORD), "DSI", "DISTANCE", 60, "a.pdf", PDF).status(), is(403));
    }

    @Test
    void onlyAnInspectorOfTheTeachersCirconscriptionSeesAndDecides() throws Exception {
        String name = teacher();
        Api teacher = new Api(url).as(name, PASSWORD_NEW);
        Api.Reply declared = send(teacher, "Constellation maths", "PRESENTIEL", 120,
                "..\\..\\\"evil\";\r\nX-Injected: 1.png", PNG);
        assertThat(declared.body(), declared.status(), is(201));
        long id = declared.json().getJsonNumber("id").longValue();

        Api other = new Api(url).as(account("\"INSPECTOR\"", "\"circonscriptionCode\":\"" + EST + "\""), PASSWORD_NEW);
        assertThat(list(other.get("api/training/outside-hours/waiting")).stream()
                .anyMatch(o -> o.getJsonNumber("id").longValue() == id), is(false));
        assertThat(decide(other, id, true, null).status(), is(404));
        assertThat(other.get("api/training/outside-hours/" + id + "/certificate").status(), is(404));
        Api stranger = new Api(url).as(teacher(), PASSWORD_NEW);
        assertThat(stranger.get("api/training/outside-hours/" + id + "/certificate").status(), is(404));
        assertThat(stranger.send("POST", "api/training/outside-hours/" + id + "/withdrawal").status(), is(404));
        assertThat(decide(teacher, id, true, null).status(), is(403));

        assertThat(list(ien().get("api/training/outside-hours/waiting")).stream()
                .anyMatch(o -> o.getJsonNumber("id").longValue() == id), is(true));
        HttpResponse<byte[]> certificate = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url + "api/training/outside-hours/" + id + "/certificate"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("ien:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(certificate.statusCode(), is(200));
        assertThat(certificate.headers().firstValue("Content-Type").orElse(""), containsString("image/png"));
        assertThat(Arrays.equals(certificate.body(), PNG), is(true));
        String disposition = certificate.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition, matchesPattern("attachment; filename=\"[A-Za-z0-9_-]+\\.png\""));
        assertThat(certificate.headers().firstValue("X-Injected").isPresent(), is(false));

        Api.Reply noReason = decide(ien(), id, false, " ");
        assertThat(noReason.status(), is(400));
        assertThat(noReason.json().getString("code"), is("outsideHours.reason.required"));
        Api.Reply refusal = decide(ien(), id, false, "Attestation illisible");
        assertThat(refusal.body(), refusal.status(), is(200));
        JsonObject mine = list(teacher.get("api/training/outside-hours/mine")).get(0);
        assertThat(mine.getString("status"), is("REFUSED"));
        assertThat(mine.getString("refusalReason"), is("Attestation illisible"));
        assertThat(decide(ien(), id, true, null).json().getString("code"), is("outsideHours.decided"));
        assertThat(teacher.get("api/training/my-hours").json().getInt("outsideMinutes"), is(0));
        List<MimeMessage> told = mailbox.to(name, 1);
        assertThat(told.size(), is(1));
        assertThat(told.get(0).getSubject(), is("Heures hors Tandem non validées : Constellation maths"));
        assertThat(Mailbox.text(told.get(0)), containsString("Raison : Attestation illisible"));
    }

    @Test
    void aWaitingDeclarationMayBeWithdrawnOnce() {
        Api teacher = new Api(url).as(teacher(), PASSWORD_NEW);
        long id = declare(teacher, "Parcours à retirer", "DISTANCE", 90);
        Api.Reply withdrawn = teacher.send("POST", "api/training/outside-hours/" + id + "/withdrawal");
        assertThat(withdrawn.body(), withdrawn.status(), is(200));
        assertThat(withdrawn.json().getString("status"), is("WITHDRAWN"));
        assertThat(teacher.send("POST", "api/training/outside-hours/" + id + "/withdrawal").status(), is(400));
        assertThat(decide(ien(), id, true, null).status(), is(400));
        assertThat(list(ien().get("api/training/outside-hours/waiting")).stream()
                .anyMatch(o -> o.getJsonNumber("id").longValue() == id), is(false));
    }

    @Test
    void validatedHoursCountUnderTheDistanceCapAndShowApart() throws Exception {
        String name = teacher();
        Api teacher = new Api(url).as(name, PASSWORD_NEW);
        long first = declare(teacher, "Parcours m@gistère numérique", "DISTANCE", 6 * 60);
        long second = declare(teacher, "Parcours m@gistère lecture", "DISTANCE", 6 * 60);
        long onSite = declare(teacher, "Stage académique sciences", "PRESENTIEL", 150);
        for (long id : new long[] {first, second, onSite}) {
            Api.Reply validated = decide(ien(), id, true, null);
            assertThat(validated.body(), validated.status(), is(200));
            assertThat(validated.json().getString("status"), is("VALIDATED"));
        }
        JsonObject hours = teacher.get("api/training/my-hours").json();
        assertThat(hours.getInt("outsideMinutes"), is(12 * 60 + 150));
        assertThat(hours.getInt("distanceMinutes"), is(12 * 60));
        assertThat(hours.getInt("distanceNotCountedMinutes"), is(3 * 60));
        assertThat(hours.getInt("onSiteMinutes"), is(150));
        assertThat(hours.getInt("minutesDone"), is(9 * 60 + 150));
        assertThat(hours.getInt("formationContinueMinutes"), is(12 * 60 + 150));
        assertThat(hours.getJsonArray("outside").size(), is(3));

        List<JsonObject> table = list(ien().get("api/training/hours"));
        JsonObject row = table.stream().filter(t -> t.getString("username").equals(name)).findFirst().orElseThrow();
        assertThat(row.getJsonObject("hours").getInt("outsideMinutes"), is(12 * 60 + 150));
        String csv = ien().get("api/training/hours.csv").body();
        assertThat(csv, containsString("dont hors Tandem"));
        assertThat(csv, containsString("Tandem;Hors;100;18,00;11,50;0,00;14,50;12,00;14,50;6,50"));

        byte[] attestation = teacher.bytes("api/training/my-attestation.pdf");
        PdfReader reader = new PdfReader(attestation);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text, containsString("Heures hors Tandem validées par l'inspection : 14 h 30"));
        assertThat(text, containsString("Parcours m@gistère numérique"));
        assertThat(text, containsString("Stage académique sciences"));
        assertThat(text, containsString("Total des heures attestées : 11 h 30"));
        assertThat(text, not(containsString("Parcours à retirer")));

        List<MimeMessage> told = mailbox.to(name, 3);
        assertThat(told.size(), is(3));
        assertThat(Mailbox.text(told.get(0)), containsString("Elles comptent dans vos 18 heures"));

        PageBrowser browser = new PageBrowser(url);
        assertThat(browser.login(name, PASSWORD_NEW).statusCode(), is(302));
        assertThat(browser.get("training/outside-hours.xhtml").body(), containsString("Parcours m@gistère lecture"));
        PageBrowser inspector = new PageBrowser(url);
        assertThat(inspector.login("ien", PASSWORD).statusCode(), is(302));
        assertThat(inspector.get("training/outside-hours-review.xhtml").statusCode(), is(200));
    }
}
