package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19, training matched to equipment: offers tagged with the equipment types they teach (REST,
 * validation, the catalogue's filter); per school, items in service against teachers trained on them,
 * aggregated (no name, small groups merged); the schools equipped but not trained for the inspector of
 * their circonscription only, with the offers to propose (JSON, CSV, page); the inspectors' daily digest
 * of the equipment that arrived, mailed once a day. Hostile names stay inert in the page, CSV and mail.
 * Its schools are new schools of Béziers-Centre, so that their counts are exactly what the test made.
 */
class EquipmentTrainingIT extends ApiTestBase {

    private static final String OWN_PASSWORD = "Motdepasse-2026";
    private static final String CENTRE = "0341101M";
    private static final String EST = "0341102N";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String HOSTILE = "=cmd|' /C calc'!A0 <script>alert('x')</script> \"École\"";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    private Api admin() {
        return new Api(url).as("admin", PASSWORD);
    }

    private Api ien() {
        return new Api(url).as("ien", PASSWORD);
    }

    private static String token() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36);
    }

    /** A new school of the circonscription with a UAI nobody uses yet. */
    private String school(String name, String circonscription) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String digits = "03" + (50000 + (int) (System.nanoTime() % 49_999));
            String uai = digits + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(Integer.parseInt(digits) % 23);
            Api.Reply created = admin().postJson("api/schools", """
                    {"uai":"%s","name":%s,"kind":"ELEMENTAIRE","street":"1 rue du Matériel","postcode":"34500",
                     "communeCode":"34032","communeName":"Béziers","priority":"NONE","state":"OPEN",
                     "circonscriptionCode":"%s"}""".formatted(uai, quoted(name), circonscription));
            if (created.status() == 201) {
                return uai;
            }
        }
        throw new AssertionError("no free UAI");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String account(String prefix, String roles, String place) {
        String username = prefix + "." + token();
        Api.Reply created = admin().postJson("api/accounts", """
                {"username":"%s","firstName":"Essai","lastName":"Matériel%s","email":"%s@mail.test","roles":[%s],
                 %s,"password":"%s"}""".formatted(username, username.replace(".", ""), username, roles, place,
                OWN_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private String teacher(String schoolUai) {
        return account("eqt", "\"TEACHER\"", "\"schoolUai\":\"%s\",\"workingTimePercent\":100".formatted(schoolUai));
    }

    private String inspector(String circonscription) {
        return account("eqi", "\"INSPECTOR\"", "\"circonscriptionCode\":\"%s\"".formatted(circonscription));
    }

    private long item(String schoolUai, String type) {
        Api.Reply created = new Api(url).as("dsi", PASSWORD).postJson("api/equipment", """
                {"serialNumber":"EQT-%s","schoolUai":"%s","type":"%s","brand":"Marque","room":"BCD",
                 "purchaseDate":"2025-09-01","price":400,"tneAmount":200}""".formatted(token(), schoolUai, type));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    /** A published offer teaching the types, with one session {@code days} ahead; its id and the session's. */
    private long[] taggedOffer(String title, String types, int days) {
        long offer = offer(title, "OPTIONNELLE", "PRESENTIEL", 90, inDays(-1), inDays(days - 1),
                "\"equipmentTypes\":[" + types + "]");
        long session = session(offer, inDays(days), Duration.ofHours(2), 20, "");
        publish(offer);
        return new long[] {offer, session};
    }

    private void trained(long session, Instant startsAt, List<String> teachers) {
        for (String teacher : teachers) {
            Api.Reply booked = new Api(url).as(teacher, OWN_PASSWORD).send("PUT", "api/training/sessions/" + session
                    + "/booking");
            assertThat(booked.body(), booked.json().getString("myStatus"), is("CONFIRMED"));
        }
        try (FixedClock clock = FixedClock.at(url, startsAt.plus(Duration.ofMinutes(30)))) {
            for (String teacher : teachers) {
                Api.Reply present = ien().putJson("api/training/sessions/" + session + "/attendance/" + teacher,
                        "{\"attendance\":\"PRESENT\"}");
                assertThat(present.body(), present.status(), is(200));
            }
        }
    }

    private static JsonObject type(JsonObject figures, String type) {
        return figures.getJsonArray("types").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("type").equals(type)).findFirst().orElseThrow();
    }

    /** Whether a count is left out of the answer (JSON-B leaves null members out). */
    private static boolean hidden(JsonObject figures) {
        return !figures.containsKey("trained") || figures.isNull("trained");
    }

    private static List<JsonObject> untrainedOf(Api.Reply reply, String uai) {
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("uai").equals(uai)).toList();
    }

    @Test
    void offersCarryTheEquipmentTypesTheyTeachThroughRestAndTheCatalogueFiltersOnThem() {
        String title = "Tablettes et webradio " + token();
        Api.Reply created = ien().postJson("api/training/offers", """
                {"title":"%s","category":"OPTIONNELLE","nature":"FORMATION_CONTINUE","modality":"PRESENTIEL",
                 "minutesCredited":90,"enrolmentOpens":"%s","enrolmentCloses":"%s",
                 "equipmentTypes":["WEBRADIO_KIT","TABLET"]}""".formatted(title, inDays(-1), inDays(40)));
        assertThat(created.body(), created.status(), is(201));
        long offer = created.json().getJsonNumber("id").longValue();
        assertThat(types(created.json()), is(List.of("TABLET", "WEBRADIO_KIT")));

        JsonObject changed = ien().putJson("api/training/offers/" + offer, """
                {"title":"%s","category":"OPTIONNELLE","nature":"FORMATION_CONTINUE","modality":"PRESENTIEL",
                 "minutesCredited":90,"enrolmentOpens":"%s","enrolmentCloses":"%s",
                 "equipmentTypes":["INTERACTIVE_SCREEN","WEBRADIO_KIT"]}""".formatted(title, inDays(-1), inDays(40)))
                .json();
        assertThat(types(changed), is(List.of("INTERACTIVE_SCREEN", "WEBRADIO_KIT")));
        JsonObject listed = ien().get("api/training/offers").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getJsonNumber("id").longValue() == offer).findFirst().orElseThrow();
        assertThat(types(listed), is(List.of("INTERACTIVE_SCREEN", "WEBRADIO_KIT")));

        Api.Reply unknown = ien().postJson("api/training/offers", """
                {"title":"Inconnu","category":"OPTIONNELLE","nature":"FORMATION_CONTINUE","modality":"PRESENTIEL",
                 "minutesCredited":90,"enrolmentOpens":"%s","enrolmentCloses":"%s",
                 "equipmentTypes":["HOLOGRAM"]}""".formatted(inDays(-1), inDays(40)));
        assertThat(unknown.body(), unknown.status(), is(400));
        Api.Reply empty = ien().postJson("api/training/offers", """
                {"title":"Vide","category":"OPTIONNELLE","nature":"FORMATION_CONTINUE","modality":"PRESENTIEL",
                 "minutesCredited":90,"enrolmentOpens":"%s","enrolmentCloses":"%s",
                 "equipmentTypes":[null]}""".formatted(inDays(-1), inDays(40)));
        assertThat(empty.body(), empty.status(), is(400));
        assertThat(empty.json().getString("code"), is("offer.equipmentType.unknown"));
        assertThat(empty.json().getString("detail"), containsString("type de matériel"));
        assertThat(empty.body(), not(containsString("Exception")));

        session(offer, inDays(90), Duration.ofHours(2), 10, "");
        publish(offer);
        Api teacher = new Api(url).as("enseignant", PASSWORD);
        String words = "q=" + title.replace(" ", "+");
        assertThat(catalogue(teacher, words + "&equipmentType=WEBRADIO_KIT"), hasItem(title));
        assertThat(catalogue(teacher, words + "&equipmentType=LAPTOP"), not(hasItem(title)));
        Api.Reply wrongType = teacher.get("api/training/catalogue?equipmentType=HOLOGRAM");
        assertThat(wrongType.status(), is(400));
        assertThat(wrongType.json().getString("code"), is("catalogue.equipmentType"));
    }

    private static List<String> types(JsonObject offer) {
        return offer.getJsonArray("equipmentTypes").getValuesAs(JsonValue.class).stream()
                .map(v -> v.toString().replace("\"", "")).sorted().toList();
    }

    private static List<String> catalogue(Api teacher, String query) {
        Api.Reply page = teacher.get("api/training/catalogue?" + query);
        assertThat(page.body(), page.status(), is(200));
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("title")).toList();
    }

    @Test
    void perSchoolItemsInServiceAgainstTeachersTrainedAggregatedAndListedForTheirInspectorOnly() throws Exception {
        String big = school(HOSTILE + " " + token(), CENTRE);
        String small = school("École des deux " + token(), CENTRE);
        List<String> bigTeachers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bigTeachers.add(teacher(big));
        }
        List<String> smallTeachers = List.of(teacher(small), teacher(small));
        item(big, "WEBRADIO_KIT");
        item(big, "WEBRADIO_KIT");
        long broken = item(big, "WEBRADIO_KIT");
        assertThat(new Api(url).as("dsi", PASSWORD).putJson("api/equipment/" + broken + "/status",
                "{\"status\":\"BROKEN\"}").status(), is(200));
        item(small, "WEBRADIO_KIT");
        String offerTitle = "=SUM(1) <b>Webradio</b> " + token();
        long[] offer = taggedOffer(offerTitle.replace("\"", ""), "\"WEBRADIO_KIT\"", 5);
        Instant startsAt = inDays(5);
        trained(offer[1], startsAt, List.of(bigTeachers.get(0), smallTeachers.get(0)));

        // the city reads counts for the school: two items in service (the broken one is not), 5 teachers, 1 trained
        Api dsi = new Api(url).as("dsi", PASSWORD);
        Api.Reply bigFigures = dsi.get("api/dashboard/equipment-training?school=" + big);
        assertThat(bigFigures.body(), bigFigures.status(), is(200));
        JsonObject webradio = type(bigFigures.json(), "WEBRADIO_KIT");
        assertThat(webradio.toString(), webradio.getJsonNumber("inService").longValue(), is(2L));
        assertThat(webradio.getInt("teachers"), is(5));
        assertThat(webradio.getInt("trained"), is(1));
        JsonObject row = bigFigures.json().getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("code"), is(big));
        assertThat(row.getInt("trained"), is(1));
        for (String teacher : bigTeachers) {
            assertThat("no teacher named", bigFigures.body(), not(containsString(teacher.replace(".", ""))));
        }
        // a school of two teachers is merged into the "other schools" line, its trained count left out
        JsonObject smallFigures = dsi.get("api/dashboard/equipment-training?school=" + small).json();
        JsonObject merged = smallFigures.getJsonArray("rows").getJsonObject(0);
        assertThat(merged.toString(), merged.getString("code"), is(""));
        assertThat(merged.getString("name"), is("Autres écoles"));
        assertThat(merged.getInt("teachers"), is(2));
        assertThat(hidden(merged), is(true));
        assertThat(hidden(type(smallFigures, "WEBRADIO_KIT")), is(true));
        // the councillor too, and the school page carries the same section
        Api.Reply councillor = new Api(url).as("elue", PASSWORD).get("api/dashboard/equipment-training?school=" + small);
        assertThat(councillor.body(), hidden(type(councillor.json(), "WEBRADIO_KIT")), is(true));
        JsonObject overview = dsi.get("api/schools/" + big + "/overview").json();
        assertThat(overview.toString(), type(overview.getJsonObject("equipmentTraining"), "WEBRADIO_KIT")
                .getInt("trained"), is(1));

        // equipped but not trained: 1 of 5 is under a quarter (listed), 1 of 2 is not; the open offer is proposed
        List<JsonObject> listed = untrainedOf(ien().get("api/dashboard/equipped-untrained"), big);
        assertThat(listed.size(), is(1));
        assertThat(listed.get(0).getString("type"), is("WEBRADIO_KIT"));
        assertThat(listed.get(0).getInt("trained"), is(1));
        assertThat(listed.get(0).getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("offerId").longValue()).toList(), hasItem(offer[0]));
        assertThat(untrainedOf(ien().get("api/dashboard/equipped-untrained"), small).isEmpty(), is(true));
        // an inspector of another circonscription does not see these schools; city staff may not read the list
        String other = inspector(EST);
        assertThat(untrainedOf(new Api(url).as(other, OWN_PASSWORD).get("api/dashboard/equipped-untrained"), big)
                .isEmpty(), is(true));
        assertThat(dsi.get("api/dashboard/equipped-untrained").status(), is(403));

        // hostile names stay inert: formula-escaped in the CSV, escaped in the page
        String csv = new String(ien().bytes("api/dashboard/equipped-untrained.csv"), StandardCharsets.UTF_8);
        assertThat(csv, startsWith("\uFEFF"));
        assertThat(csv, containsString(";\"'=cmd|"));
        assertThat(csv, not(containsString(";=cmd")));
        PageBrowser inspectorPage = new PageBrowser(url);
        assertThat(inspectorPage.login("ien", PASSWORD).statusCode(), is(302));
        String page = inspectorPage.get("training/equipped-untrained.xhtml").body();
        assertThat(page, containsString("&lt;script&gt;alert("));
        assertThat(page, not(containsString("<script>alert(")));
        assertThat(page, containsString("/training/offer.xhtml?id=" + offer[0]));
        assertThat(page, not(containsString("<b>Webradio</b>")));
    }

    @Test
    void theInspectorsAreToldOnceADayOfTheEquipmentThatArrivedWithTheOffersToPropose() throws Exception {
        String inspector = inspector(CENTRE);
        String school = school("École de l'arrivée " + HOSTILE + " " + token(), CENTRE);
        String from = school("École de départ " + token(), CENTRE);
        long[] offer = taggedOffer("Document caméra en classe " + token(), "\"DOCUMENT_CAMERA\"", 20);
        item(school, "DOCUMENT_CAMERA");
        item(school, "DOCUMENT_CAMERA");
        long moved = item(from, "LAPTOP");
        JsonObject read = new Api(url).as("dsi", PASSWORD).get("api/equipment/" + moved).json();
        Api.Reply move = new Api(url).as("dsi", PASSWORD).putJson("api/equipment/" + moved, """
                {"serialNumber":"%s","schoolUai":"%s","type":"LAPTOP","brand":"Marque","room":"BCD",
                 "purchaseDate":"2025-09-01","price":400,"tneAmount":200,"version":%d}"""
                .formatted(read.getString("serialNumber"), school, read.getJsonNumber("version").longValue()));
        assertThat(move.body(), move.status(), is(200));

        // the digest of a day lists what arrived the day before (Paris): run tomorrow morning, twice
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        try (FixedClock clock = FixedClock.at(url, tomorrow.atTime(7, 45).atZone(PARIS).toInstant())) {
            Api.Reply first = admin().post("api/dashboard/equipment-arrivals-digest", "application/json", new byte[0]);
            assertThat(first.body(), first.status(), is(200));
            assertThat(first.json().getInt("inspectorsMailed") >= 1, is(true));
            admin().post("api/dashboard/equipment-arrivals-digest", "application/json", new byte[0]);
            List<MimeMessage> digests = mailbox.withSubject(inspector, "Matériel arrivé dans", 1);
            assertThat(digests.size(), is(1));
            String text = Mailbox.text(digests.get(0));
            assertThat(text, containsString("- École de l'arrivée " + HOSTILE));
            assertThat(text, containsString("2 × Visualiseur"));
            assertThat(text, containsString("1 × Ordinateur portable"));
            assertThat(text, containsString("/training/offer.xhtml?id=" + offer[0]));
            assertThat(text, containsString("/training/equipped-untrained.xhtml"));
            assertThat("the school the laptop left is not listed", text, not(containsString("École de départ")));
            assertThat(queued(inspector, "Matériel arrivé dans"), is(1L));
            // the next day nothing arrived (the day before it): no new digest
            clock.move(tomorrow.plusDays(1).atTime(7, 45).atZone(PARIS).toInstant());
            admin().post("api/dashboard/equipment-arrivals-digest", "application/json", new byte[0]);
            assertThat(queued(inspector, "Matériel arrivé dans"), is(1L));
        }
        assertThat(admin().get("api/dashboard/equipment-arrivals-digest").status(), is(405));
        assertThat(ien().post("api/dashboard/equipment-arrivals-digest", "application/json", new byte[0]).status(),
                is(403));
    }

    private long queued(String username, String subject) {
        JsonArray mails = new Api(url).as(username, OWN_PASSWORD).get("api/me/data").json().getJsonArray("mails");
        return mails.getValuesAs(JsonObject.class).stream().filter(m -> m.getString("subject").startsWith(subject))
                .count();
    }

    @Test
    void anInspectorWithTheEnglishLanguageReadsTheDigestInEnglish() throws Exception {
        String inspector = inspector(CENTRE);
        assertThat(new Api(url).as(inspector, OWN_PASSWORD).putJson("api/me/language", "{\"language\":\"en\"}")
                .status(), is(200));
        String school = school("École anglaise " + token(), CENTRE);
        item(school, "WEBRADIO_KIT");
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        try (FixedClock clock = FixedClock.at(url, tomorrow.atTime(8, 0).atZone(PARIS).toInstant())) {
            admin().post("api/dashboard/equipment-arrivals-digest", "application/json", new byte[0]);
            List<MimeMessage> digests = mailbox.withSubject(inspector, "Equipment arrived in", 1);
            assertThat(digests.size(), is(1));
            assertThat(Mailbox.text(digests.get(0)), containsString("1 × Webradio kit"));
        }
    }
}
