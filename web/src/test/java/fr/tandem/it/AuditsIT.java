package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Physical audits by QR on Payara Micro: a campaign expects the school's items not retired at opening;
 * a sighting that confirms changes nothing, one that corrects the room and the state changes the item
 * through its history; progress per school, items not seen, corrections; the CSV export neutralises a
 * hostile room name and the PDF carries the result; a closed campaign keeps its result and takes no
 * more sightings; another city's staff and teachers cannot reach it.
 */
class AuditsIT extends ApiTestBase {

    /** A demo school of Béziers no other test audits. */
    private static final String SCHOOL = "0349115Y";
    private static final String OTHER_SCHOOL = "0349116Z";
    private static final String HOSTILE_ROOM = "=cmd|' /C calc'!A0 <script>alert(\"x\")</script>";

    private long item(String prefix, String school, String room) {
        String serial = prefix + "-" + System.nanoTime();
        Api.Reply created = new Api(url).as("dsi", PASSWORD).postJson("api/equipment", """
                {"serialNumber":"%s","schoolUai":"%s","type":"TABLET","brand":"Apple","room":"%s",
                 "purchaseDate":"2025-09-01","price":400,"tneAmount":200}""".formatted(serial, school, room));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private long expectedItemsOf(String school) {
        return new Api(url).as("dsi", PASSWORD).get("api/equipment?size=500&school=" + school).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> !i.getString("status").equals("RETIRED")).count();
    }

    private JsonObject open(String name, String... schools) {
        String list = String.join("\",\"", schools);
        Api.Reply opened = api.as("dsi", PASSWORD).postJson("api/equipment/audits", """
                {"name":"%s","dueDate":"%s","schoolUais":["%s"]}""".formatted(name, LocalDate.now().plusDays(20), list));
        assertThat(opened.body(), opened.status(), is(201));
        assertThat(opened.location(), containsString("/api/equipment/audits/" + opened.json().getJsonNumber("id")));
        return opened.json();
    }

    @Test
    void sightingsConfirmOrCorrectTheItemAndTheProgressFollows() {
        long confirmed = item("AUD-OK", SCHOOL, "CP");
        long corrected = item("AUD-FIX", SCHOOL, "CE1");
        long retired = item("AUD-OLD", SCHOOL, "CE1");
        api.as("dsi", PASSWORD).putJson("api/equipment/" + retired + "/status", "{\"status\":\"RETIRED\"}");
        long expected = expectedItemsOf(SCHOOL);

        JsonObject campaign = open("Inventaire de test " + System.nanoTime(), SCHOOL);
        long id = campaign.getJsonNumber("id").longValue();
        assertThat(campaign.getJsonNumber("expected").longValue(), is(expected));
        assertThat(campaign.getInt("seen"), is(0));
        assertThat(campaign.getBoolean("open"), is(true));
        // an item added after opening is not expected: the snapshot keeps the progress stable
        long late = item("AUD-LATE", SCHOOL, "CP");
        assertThat(api.postJson("api/equipment/audits/" + id + "/sightings",
                "{\"equipmentId\":" + late + ",\"room\":\"CP\",\"finding\":\"IN_SERVICE\"}").status(), is(404));
        assertThat(api.postJson("api/equipment/audits/" + id + "/sightings",
                "{\"equipmentId\":" + retired + ",\"room\":\"CE1\",\"finding\":\"IN_SERVICE\"}").status(), is(404));

        Api.Reply same = api.postJson("api/equipment/audits/" + id + "/sightings",
                "{\"equipmentId\":" + confirmed + ",\"room\":\"CP\",\"finding\":\"IN_SERVICE\"}");
        assertThat(same.body(), same.status(), is(200));
        assertThat(same.json().getBoolean("corrected"), is(false));
        assertThat(api.get("api/equipment/" + confirmed + "/history").structure().asJsonArray().size(), is(1));

        String serial = api.get("api/equipment/" + corrected).json().getString("serialNumber");
        Api.Reply fixed = api.postJson("api/equipment/audits/" + id + "/sightings", """
                {"serialNumber":"%s","room":"%s","finding":"BROKEN"}"""
                .formatted(serial.toLowerCase(), HOSTILE_ROOM.replace("\"", "\\\"")));
        assertThat(fixed.body(), fixed.status(), is(200));
        assertThat(fixed.json().getBoolean("corrected"), is(true));
        JsonObject item = api.get("api/equipment/" + corrected).json();
        assertThat(item.getString("room"), is(HOSTILE_ROOM));
        assertThat(item.getString("status"), is("BROKEN"));
        JsonArray history = api.get("api/equipment/" + corrected + "/history").structure().asJsonArray();
        List<String> kinds = history.getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
        assertThat(kinds, is(List.of("CREATED", "MOVED", "STATUS")));
        assertThat(history.getJsonObject(2).getString("note"), is(campaign.getString("name")));
        assertThat(history.getJsonObject(2).getString("by"), is("dsi"));

        JsonObject progress = api.get("api/equipment/audits/" + id).json();
        JsonObject school = progress.getJsonArray("schools").getJsonObject(0);
        assertThat(school.getString("uai"), is(SCHOOL));
        assertThat(school.getJsonNumber("expected").longValue(), is(expected));
        assertThat(school.getInt("seen"), is(2));
        assertThat(progress.getJsonObject("campaign").getInt("seen"), is(2));
        assertThat(progress.getJsonObject("campaign").getInt("corrected"), is(1));
        assertThat(progress.getJsonArray("notSeen").size(), is((int) expected - 2));
        assertThat(progress.getJsonArray("corrections").size(), is(1));
        assertThat(progress.getJsonArray("corrections").getJsonObject(0).getString("serialNumber"), is(serial));
        JsonArray notSeen = api.get("api/equipment/audits/" + id + "/not-seen").structure().asJsonArray();
        assertThat(notSeen.size(), is((int) expected - 2));
        List<Long> notSeenIds = notSeen.getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("equipmentId").longValue()).toList();
        assertThat(notSeenIds, not(hasItem(confirmed)));
        assertThat(notSeenIds, not(hasItem(corrected)));
        assertThat(api.get("api/equipment/audits").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList(), hasItem(id));
    }

    @Test
    void sightingsOfOneItemAtOnceAreTakenOneAfterTheOther() throws Exception {
        long shared = item("AUD-RACE", SCHOOL, "CP");
        long id = open("Course " + System.nanoTime(), SCHOOL).getJsonNumber("id").longValue();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String room = "Salle " + i;
            answers.add(pool.submit(() -> {
                start.await();
                return new Api(url).as("dsi", PASSWORD).postJson("api/equipment/audits/" + id + "/sightings",
                        "{\"equipmentId\":" + shared + ",\"room\":\"" + room + "\",\"finding\":\"IN_SERVICE\"}")
                        .status();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get(60, TimeUnit.SECONDS), is(200));
        }
        pool.shutdown();
        // every sighting moved the item once, in turn; the last one is both the item's room and the audit's
        JsonArray history = api.as("dsi", PASSWORD).get("api/equipment/" + shared + "/history").structure().asJsonArray();
        assertThat(history.size(), is(1 + threads));
        String room = api.get("api/equipment/" + shared).json().getString("room");
        assertThat(history.getJsonObject(threads).getString("to"), is(SCHOOL + " / " + room));
        JsonObject line = api.get("api/equipment/audits/" + id).json().getJsonArray("corrections")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("equipmentId").longValue() == shared)
                .findFirst().orElseThrow();
        assertThat(line.getString("seenRoom"), is(room));
        assertThat(api.get("api/equipment/audits/" + id).json().getJsonObject("campaign").getInt("seen"), is(1));
    }

    @Test
    void theExportsNeutraliseAHostileRoomAndCarryTheResult() throws IOException {
        long hostile = item("AUD-CSV", SCHOOL, "CM1");
        JsonObject campaign = open("Export <script>alert(1)</script> " + System.nanoTime(), SCHOOL);
        long id = campaign.getJsonNumber("id").longValue();
        Api.Reply seen = api.postJson("api/equipment/audits/" + id + "/sightings",
                "{\"equipmentId\":" + hostile + ",\"room\":\"" + HOSTILE_ROOM.replace("\"", "\\\"")
                        + "\",\"finding\":\"IN_SERVICE\"}");
        assertThat(seen.body(), seen.status(), is(200));
        String serial = seen.json().getString("serialNumber");

        Api.Reply csv = api.get("api/equipment/audits/" + id + "/export.csv");
        assertThat(csv.status(), is(200));
        assertThat(csv.contentType(), startsWith("text/csv"));
        assertThat(csv.body(), startsWith("\uFEFFUAI;"));
        String line = csv.body().lines().filter(l -> l.contains(serial)).findFirst().orElseThrow();
        assertThat(line, containsString(";\"'=cmd|' /C calc'!A0 <script>alert(\"\"x\"\")</script>\";"));
        assertThat(csv.body().lines().count(), is(expectedItemsOf(SCHOOL) + 1));

        byte[] pdf = api.bytes("api/equipment/audits/" + id + "/export.pdf");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text, containsString("<script>alert(1)</script>"));
        assertThat(text, containsString("1 matériels vus sur " + expectedItemsOf(SCHOOL)));
        byte[] english = new Api(url).as("dsi", PASSWORD).inLanguage("en").bytes("api/equipment/audits/" + id + "/export.pdf");
        assertThat(english.length, greaterThan(0));
    }

    @Test
    void aClosedCampaignKeepsItsResultAndTakesNoMoreSightings() {
        long first = item("AUD-CL1", OTHER_SCHOOL, "CP");
        long second = item("AUD-CL2", OTHER_SCHOOL, "CP");
        long id = open("Clôture " + System.nanoTime(), OTHER_SCHOOL).getJsonNumber("id").longValue();
        assertThat(api.postJson("api/equipment/audits/" + id + "/sightings",
                "{\"equipmentId\":" + first + ",\"room\":\"CP\",\"finding\":\"MISSING\"}").status(), is(200));
        // a missing item is a finding of the audit: the item keeps its status
        assertThat(api.get("api/equipment/" + first).json().getString("status"), is("IN_SERVICE"));

        Api.Reply closed = api.post("api/equipment/audits/" + id + "/closure", "application/json", new byte[0]);
        assertThat(closed.body(), closed.status(), is(200));
        assertThat(closed.json().getBoolean("open"), is(false));
        Api.Reply late = api.inLanguage("en").postJson("api/equipment/audits/" + id + "/sightings",
                "{\"equipmentId\":" + second + ",\"room\":\"CP\",\"finding\":\"IN_SERVICE\"}");
        assertThat(late.status(), is(400));
        assertThat(late.contentType(), startsWith("application/problem+json"));
        assertThat(late.json().getString("detail"), containsString("is closed"));
        assertThat(api.post("api/equipment/audits/" + id + "/closure", "application/json", new byte[0]).status(), is(400));
        JsonObject progress = api.get("api/equipment/audits/" + id).json();
        assertThat(progress.getJsonObject("campaign").getInt("seen"), is(1));
        assertThat(progress.getJsonArray("corrections").getJsonObject(0).getString("finding"), is("MISSING"));
    }

    @Test
    void badInputIsRefusedWithAMessageAndWritesNothing() {
        int before = api.as("dsi", PASSWORD).get("api/equipment/audits").structure().asJsonArray().size();
        Api.Reply noName = api.inLanguage("en").postJson("api/equipment/audits",
                "{\"dueDate\":\"" + LocalDate.now().plusDays(3) + "\",\"schoolUais\":[\"" + SCHOOL + "\"]}");
        assertThat(noName.status(), is(400));
        assertThat(noName.json().getString("detail"), is("Give the audit campaign a name."));
        Api.Reply past = api.postJson("api/equipment/audits",
                "{\"name\":\"Passé\",\"dueDate\":\"2020-01-01\",\"schoolUais\":[\"" + SCHOOL + "\"]}");
        assertThat(past.status(), is(400));
        Api.Reply badUai = api.postJson("api/equipment/audits",
                "{\"name\":\"UAI\",\"dueDate\":\"" + LocalDate.now().plusDays(3) + "\",\"schoolUais\":[\"0349115Z\"]}");
        assertThat(badUai.status(), is(400));
        assertThat(api.get("api/equipment/audits").structure().asJsonArray().size(), is(before));

        long id = open("Entrées " + System.nanoTime(), SCHOOL).getJsonNumber("id").longValue();
        assertThat(api.postJson("api/equipment/audits/" + id + "/sightings", "{\"serialNumber\":\"NOPE-"
                + System.nanoTime() + "\",\"finding\":\"IN_SERVICE\"}").status(), is(404));
        long some = item("AUD-IN", SCHOOL, "CP");
        assertThat(api.postJson("api/equipment/audits/" + id + "/sightings", "{\"room\":\"CP\"}").status(), is(400));
        assertThat(api.postJson("api/equipment/audits/" + id + "/sightings",
                "{\"equipmentId\":" + some + ",\"finding\":\"LOST\"}").status(), is(400));
    }

    @Test
    void anotherCitysStaffAndTeachersCannotReachACampaign() {
        long id = open("Portée " + System.nanoTime(), SCHOOL).getJsonNumber("id").longValue();
        Api villeneuve = new Api(url).as("dsi.villeneuve", PASSWORD);
        assertThat(villeneuve.get("api/equipment/audits/" + id).status(), is(404));
        assertThat(villeneuve.get("api/equipment/audits/" + id + "/export.csv").status(), is(404));
        assertThat(villeneuve.post("api/equipment/audits/" + id + "/closure", "application/json", new byte[0]).status(),
                is(404));
        assertThat(villeneuve.get("api/equipment/audits").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().map(c -> c.getJsonNumber("id").longValue()).toList(), not(hasItem(id)));
        assertThat(villeneuve.postJson("api/equipment/audits", "{\"name\":\"Ailleurs\",\"dueDate\":\""
                + LocalDate.now().plusDays(3) + "\",\"schoolUais\":[\"" + SCHOOL + "\"]}").status(), is(404));
        Api teacher = new Api(url).as("directrice", PASSWORD);
        assertThat(teacher.get("api/equipment/audits").status(), is(403));
        assertThat(teacher.get("api/equipment/audits/" + id).status(), is(403));
        assertThat(new Api(url).as("elue", PASSWORD).get("api/equipment/audits/" + id).status(), is(403));
        assertThat(new String(api.as("dsi", PASSWORD).bytes("api/equipment/audits/" + id + "/export.csv"),
                StandardCharsets.UTF_8), startsWith("\uFEFF"));
    }
}
