package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The attestation an administration accepts: none for 0 hours; otherwise the issuer (inspector, title,
 * circonscription, address), place and date, the teacher and school, each session with its date,
 * nature, modality and hours, the total against the hours due and its source (the table policy shows),
 * hostile names printed as text; and its verification code, which the public check page and endpoint
 * answer for without a login, and a wrong code does not.
 */
class AttestationIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String PASSWORD_NEW = "Attestation-2026";
    private static final String CENTRE_SCHOOL = uai(349101);
    private static final Pattern CODE = Pattern.compile("Code de vérification : ([A-Z2-7]{32})");
    private static final String HOSTILE = "Ô'Brien <script>alert(1)</script> & \"Cie\"";

    private static String uai(int digits) {
        return String.format("%07d", digits) + LETTERS.charAt(digits % 23);
    }

    private Api ien() {
        return new Api(url).as("ien", PASSWORD);
    }

    private String teacher() {
        String username = "attest." + System.nanoTime() % 1_000_000;
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Zoé","lastName":"Attestée","email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":75,"password":"%s"}"""
                .formatted(username, username, CENTRE_SCHOOL, PASSWORD_NEW));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    /** A session starting in a few seconds, booked by the teacher and marked present. */
    private void attended(String username, String title) {
        long offer = offer(title, "DEPARTEMENTALE", "PRESENTIEL", 180, inDays(-1), inDays(5), "");
        long session = session(offer, Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS),
                Duration.ofHours(3), 5, "");
        publish(offer);
        Api.Reply booked = new Api(url).as(username, PASSWORD_NEW).send("PUT", "api/training/sessions/" + session
                + "/booking");
        assertThat(booked.body(), booked.status(), is(200));
        Api.Reply present = ien().putJson("api/training/sessions/" + session + "/attendance/" + username,
                "{\"attendance\":\"PRESENT\"}");
        assertThat(present.body(), present.status(), is(200));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // a line the PDF wraps reads as one
        return text.toString().replaceAll("\\s+", " ");
    }

    private static String code(String text) {
        Matcher found = CODE.matcher(text);
        assertThat(text, found.find(), is(true));
        return found.group(1);
    }

    @Test
    void noAttestationIsIssuedForZeroHours() {
        String username = teacher();
        Api.Reply mine = new Api(url).as(username, PASSWORD_NEW).get("api/training/my-attestation.pdf");
        assertThat(mine.body(), mine.status(), is(400));
        assertThat(mine.json().getString("code"), is("attestation.noHours"));
        Api.Reply theirs = ien().get("api/training/hours/" + username + "/attestation.pdf");
        assertThat(theirs.status(), is(400));
        assertThat(theirs.json().getString("code"), is("attestation.noHours"));

        PageBrowser browser = new PageBrowser(url);
        assertThat(browser.login(username, PASSWORD_NEW).statusCode(), is(302));
        String page = browser.get("training/catalogue.xhtml").body();
        assertThat(page, containsString("l'attestation sera disponible après votre première présence relevée"));
    }

    @Test
    void theAttestationNamesItsIssuerEverySessionTheTotalAndAVerificationCode() throws Exception {
        String username = teacher();
        String title = "Atelier " + HOSTILE.replace("\"", "") + " " + System.nanoTime();
        attended(username, title);
        String body = """
                {"policy":"PRORATA","table":[],"signatoryName":"Inès %s","signatoryTitle":"Inspectrice de l'Éducation nationale",
                 "street":"12 rue des Écoles","postcode":"34500","city":"Béziers"}"""
                .formatted(HOSTILE.replace("\"", "\\\""));
        try {
            Api.Reply settings = ien().putJson("api/training/hours-rules", body);
            assertThat(settings.body(), settings.status(), is(200));

            String text = text(new Api(url).as(username, PASSWORD_NEW).bytes("api/training/my-attestation.pdf"));
            assertThat(text, containsString("Inès " + HOSTILE));
            assertThat(text, containsString("Inspectrice de l'Éducation nationale"));
            assertThat(text, containsString("12 rue des Écoles"));
            assertThat(text, containsString("34500 Béziers"));
            assertThat(text, containsString("Fait à Béziers, le "));
            assertThat(text, containsString("Zoé Attestée"));
            assertThat(text, containsString(title));
            assertThat(text, containsString("Formation continue"));
            assertThat(text, containsString("Présentiel"));
            assertThat(text, containsString("Total des heures attestées : 3 h"));
            assertThat(text, containsString("Heures dues : 13 h 30 (18 h × 75 % = 13 h 30, prorata)"));
            String code = code(text);
            assertThat(text.replace(" ", ""), containsString("/attestation-check.xhtml?code=" + code));

            Api.Reply checked = new Api(url).anonymous().get("api/attestations/" + code);
            assertThat(checked.body(), checked.status(), is(200));
            JsonObject attestation = checked.json();
            assertThat(attestation.getString("teacherName"), is("Zoé Attestée"));
            assertThat(attestation.getInt("minutesDone"), is(180));
            assertThat(attestation.getInt("minutesDue"), is(810));
            assertThat(attestation.getString("issuer"), containsString("Inès " + HOSTILE));

            String wrong = code.substring(0, 31) + (code.charAt(31) == 'A' ? 'B' : 'A');
            assertThat(new Api(url).anonymous().get("api/attestations/" + wrong).status(), is(404));
            assertThat(new Api(url).anonymous().get("api/attestations/"
                    + URLEncoder.encode("' or 1=1 --", StandardCharsets.UTF_8)).status(), is(404));

            PageBrowser anonymous = new PageBrowser(url);
            String page = anonymous.get("attestation-check.xhtml?code=" + code).body();
            assertThat(page, containsString("Cette attestation a bien été délivrée par Tandem."));
            assertThat(page, containsString("Zoé Attestée"));
            assertThat(page, not(containsString("<script>alert(1)</script>")));
            String unknown = anonymous.get("attestation-check.xhtml?code=" + wrong).body();
            assertThat(unknown, containsString("Ce code ne correspond à aucune attestation"));
            assertThat(unknown, not(containsString("Zoé Attestée")));

            // the inspector's copy is another attestation with its own code
            String theirs = text(ien().bytes("api/training/hours/" + username + "/attestation.pdf"));
            assertThat(code(theirs), not(is(code)));
        } finally {
            assertThat(ien().putJson("api/training/hours-rules", "{\"policy\":\"PRORATA\",\"table\":[]}").status(),
                    is(200));
        }
    }

    @Test
    void theTablePolicyShowsOnTheAttestation() throws Exception {
        String username = teacher();
        attended(username, "Barème " + System.nanoTime());
        try {
            assertThat(ien().putJson("api/training/hours-rules", """
                    {"policy":"TABLE","table":[{"percent":75,"minutes":900}]}""").status(), is(200));
            String text = text(new Api(url).as(username, PASSWORD_NEW).bytes("api/training/my-attestation.pdf"));
            assertThat(text, containsString("Heures dues : 15 h (15 h, barème de la circonscription « Circonscription de Béziers-Centre"));
            assertThat(new Api(url).anonymous().get("api/attestations/" + code(text)).json().getInt("minutesDue"),
                    is(900));
        } finally {
            assertThat(ien().putJson("api/training/hours-rules", "{\"policy\":\"PRORATA\",\"table\":[]}").status(),
                    is(200));
        }
    }

    /** The codes are long and random: many issued, none alike. */
    @Test
    void codesAreNeverAlike() throws Exception {
        String username = teacher();
        attended(username, "Codes " + System.nanoTime());
        Api teacher = new Api(url).as(username, PASSWORD_NEW);
        List<String> codes = java.util.stream.IntStream.range(0, 5).mapToObj(i -> {
            try {
                return code(text(teacher.bytes("api/training/my-attestation.pdf")));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(codes.stream().distinct().count(), is(5L));
    }
}
