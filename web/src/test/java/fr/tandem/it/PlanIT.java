package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The multi-year digital plan through the REST API on Payara Micro: city staff build a plan, its
 * envelopes and lines, move lines through their states, record invoices and link items and licences
 * (one line per item, even when eight people link it at once); the figures are what the test
 * recorded; wrong input gets a clear message in French and English and writes nothing; councillors
 * read, the inspectorate reads its circonscription's lines without amounts, teachers and the other
 * city see nothing; a hostile label stays inert in the CSV and Excel exports.
 */
class PlanIT extends ApiTestBase {

    private static final String STAFF = "dsi";
    /** Schools of Béziers: two of the demo inspector's circonscription (Béziers-Centre), one of Béziers-Est. */
    private static final String CENTRE_SCHOOL = "0349104L";
    private static final String CENTRE_OTHER_SCHOOL = "0349101H";
    private static final String EAST_SCHOOL = "0349102J";

    private Api as(String username) {
        return new Api(url).as(username, PASSWORD);
    }

    private static List<JsonObject> list(Api.Reply reply) {
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static long id(Api.Reply reply) {
        assertThat(reply.body(), reply.status(), is(201));
        return reply.json().getJsonNumber("id").longValue();
    }

    private static BigDecimal amount(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue().stripTrailingZeros();
    }

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount).stripTrailingZeros();
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A new plan of Béziers over 2025–2027 with TNE 70 % (ceiling 100 000), département 20 % and the city. */
    private long plan(String title) {
        return id(as(STAFF).postJson("api/plans", """
                {"title":%s,"firstYear":2025,"lastYear":2027,"envelopes":[
                 {"programme":"TNE","rate":70,"amount":100000},{"programme":"DEPARTEMENT","rate":20,"amount":20000},
                 {"programme":"CITY","rate":100}]}""".formatted(quoted(title))));
    }

    private static String line(String school, int year, String kind, String type, String label, int quantity,
                               String unitCost, String programme, Long version) {
        return """
                {"schoolUai":%s,"schoolYear":%d,"kind":"%s","equipmentType":%s,"label":%s,"quantity":%d,
                 "unitCost":%s,"programme":"%s"%s}""".formatted(quoted(school), year, kind, quoted(type), quoted(label),
                quantity, unitCost, programme, version == null ? "" : ",\"version\":" + version);
    }

    private long addLine(long plan, String body) {
        return id(as(STAFF).postJson("api/plans/" + plan + "/lines", body));
    }

    private JsonObject move(long plan, long line, String body) {
        Api.Reply moved = as(STAFF).postJson("api/plans/" + plan + "/lines/" + line + "/state", body);
        assertThat(moved.body(), moved.status(), is(200));
        return moved.json();
    }

    /** A new item of the school, of that type; answers its id. */
    private long item(String school, String type) {
        String body = """
                {"serialNumber":"PLAN-%d","schoolUai":"%s","type":"%s","brand":"Speechi","model":"75 pouces",
                 "room":"CM1","purchaseDate":"2025-09-01","price":3000,"tneAmount":0,"warrantyEnd":"2030-09-01"}"""
                .formatted(System.nanoTime(), school, type);
        return id(as(STAFF).postJson("api/equipment", body));
    }

    @Test
    void cityStaffBuildAPlanMoveItsLinesRecordInvoicesAndReadFiguresEqualToWhatTheyRecorded() {
        Api staff = as(STAFF);
        long plan = plan("Plan des essais " + System.nanoTime());
        Api.Reply read = staff.get("api/plans/" + plan);
        assertThat(read.body(), read.status(), is(200));
        assertThat(read.json().getString("years"), is("2025–2028"));
        assertThat(read.json().getJsonArray("envelopes").size(), is(3));
        assertThat(list(staff.get("api/plans")).stream().anyMatch(p -> p.getJsonNumber("id").longValue() == plan),
                is(true));

        long screens = addLine(plan, line(CENTRE_SCHOOL, 2025, "EQUIPMENT", "INTERACTIVE_SCREEN", "ENI des CM", 2,
                "3000", "TNE", null));
        long licences = addLine(plan, line(EAST_SCHOOL, 2026, "LICENCE", null, "Logiciel de webradio", 10, "50",
                "DEPARTEMENT", null));
        long training = addLine(plan, line(null, 2027, "TRAINING", null, "Prendre en main l'ENI", 20, "0", "CITY",
                null));
        JsonObject screenLine = staff.get("api/plans/" + plan + "/lines/" + screens).json();
        assertThat("the envelope's rate by default", amount(screenLine, "grantRate"), is(euros("70")));
        assertThat(amount(screenLine, "estimatedCost"), is(euros("6000")));
        assertThat(amount(screenLine, "expectedGrant"), is(euros("4200")));

        JsonObject ordered = move(plan, screens, """
                {"state":"ORDERED","on":"2025-10-01","reference":"BC-2025-1","amount":5800}""");
        assertThat(ordered.getString("state"), is("ORDERED"));
        JsonObject delivered = move(plan, screens, """
                {"state":"DELIVERED","on":"2025-11-03","version":%d}""".formatted(
                ordered.getJsonNumber("version").longValue()));
        assertThat(delivered.getString("deliveredOn"), is("2025-11-03"));
        Api.Reply stale = staff.postJson("api/plans/" + plan + "/lines/" + screens + "/state",
                "{\"state\":\"IN_SERVICE\",\"version\":%d}".formatted(ordered.getJsonNumber("version").longValue()));
        assertThat(stale.body(), stale.status(), is(409));
        long invoice = id(staff.postJson("api/plans/" + plan + "/lines/" + screens + "/invoices", """
                {"reference":"F-2025-77","issuedOn":"2025-11-10","paidOn":"2025-12-01","amount":5800}"""));
        assertThat(invoice > 0, is(true));
        move(plan, licences, """
                {"state":"ORDERED","on":"2026-09-15","reference":"BC-2026-4"}""");
        long unpaid = id(staff.postJson("api/plans/" + plan + "/lines/" + licences + "/invoices", """
                {"reference":"F-2026-5","issuedOn":"2026-10-01","amount":500}"""));

        JsonObject figures = staff.get("api/plans/" + plan + "/figures").json();
        JsonObject total = figures.getJsonObject("total").getJsonObject("amounts");
        assertThat(figures.getJsonObject("total").getInt("lines"), is(3));
        assertThat(amount(total, "planned"), is(euros("6500")));
        assertThat(amount(total, "ordered"), is(euros("6300")));
        assertThat(amount(total, "delivered"), is(euros("5800")));
        assertThat(amount(total, "inService"), is(euros("0")));
        assertThat(amount(total, "paid"), is(euros("5800")));
        assertThat("70 % of 6 000 and 20 % of 500", amount(total, "expectedGrant"), is(euros("4300")));
        assertThat(amount(total, "claimed"), is(euros("0")));
        assertThat("70 % of the 5 800 paid", amount(total, "remainingToClaim"), is(euros("4060")));
        assertThat(figures.getJsonArray("years").size(), is(3));
        JsonObject tne = figures.getJsonArray("programmes").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("programme").equals("TNE")).findFirst().orElseThrow();
        assertThat(amount(tne, "envelope"), is(euros("100000")));
        assertThat(amount(tne, "committed"), is(euros("4200")));
        assertThat(amount(tne, "envelopeLeft"), is(euros("95800")));
        JsonObject types = figures.getJsonArray("equipment").getJsonObject(0);
        assertThat(types.getString("type"), is("INTERACTIVE_SCREEN"));
        assertThat(types.getInt("planned"), is(2));
        assertThat(types.getInt("linked"), is(0));
        JsonObject year2026 = staff.get("api/plans/" + plan + "/figures?year=2026").json().getJsonObject("total");
        assertThat(amount(year2026.getJsonObject("amounts"), "planned"), is(euros("500")));

        Api.Reply paid = staff.postJson("api/plans/" + plan + "/lines/" + licences + "/invoices/" + unpaid + "/paid",
                "{\"paidOn\":\"2026-10-20\"}");
        assertThat(paid.body(), paid.status(), is(200));
        assertThat(amount(paid.json(), "paid"), is(euros("500")));
        JsonObject afterPayment = staff.get("api/plans/" + plan + "/figures").json().getJsonObject("total")
                .getJsonObject("amounts");
        assertThat(amount(afterPayment, "paid"), is(euros("6300")));
        assertThat("plus 20 % of 500", amount(afterPayment, "remainingToClaim"), is(euros("4160")));

        List<JsonObject> filtered = list(staff.get("api/plans/" + plan + "/lines?school=" + EAST_SCHOOL));
        assertThat(filtered.size(), is(1));
        assertThat(filtered.get(0).getString("label"), is("Logiciel de webradio"));
        assertThat(list(staff.get("api/plans/" + plan + "/lines?state=PLANNED")).size(), is(1));
        assertThat(list(staff.get("api/plans/" + plan + "/lines?kind=LICENCE&programme=DEPARTEMENT")).size(), is(1));

        Api.Reply refused = staff.delete("api/plans/" + plan + "/lines/" + screens);
        assertThat(refused.status(), is(400));
        assertThat(refused.body(), containsString("Seule une ligne encore prévue"));
        assertThat(as(STAFF).inLanguage("en").delete("api/plans/" + plan + "/lines/" + screens).body(),
                containsString("Only a line still planned"));
        assertThat(staff.delete("api/plans/" + plan + "/lines/" + training).status(), is(204));
        assertThat(staff.get("api/plans/" + plan + "/lines/" + training).status(), is(404));

        JsonObject current = staff.get("api/plans/" + plan).json();
        long version = current.getJsonNumber("version").longValue();
        Api.Reply renamed = staff.putJson("api/plans/" + plan, """
                {"title":"Plan renommé","firstYear":2025,"lastYear":2028,"version":%d}""".formatted(version));
        assertThat(renamed.body(), renamed.status(), is(200));
        assertThat(renamed.json().getString("years"), is("2025–2029"));
        assertThat(staff.putJson("api/plans/" + plan, """
                {"title":"Plan périmé","firstYear":2025,"lastYear":2028,"version":%d}""".formatted(version)).status(),
                is(409));
        Api.Reply shrunk = staff.putJson("api/plans/" + plan, """
                {"title":"Plan raccourci","firstYear":2026,"lastYear":2028}""");
        assertThat(shrunk.status(), is(400));
        assertThat(shrunk.body(), containsString("hors des nouvelles années"));

        Api.Reply envelope = staff.putJson("api/plans/" + plan + "/envelopes/DEPARTEMENT", "{\"rate\":25}");
        assertThat(envelope.body(), envelope.status(), is(200));
        assertThat(staff.delete("api/plans/" + plan + "/envelopes/CITY").json().getJsonArray("envelopes").size(),
                is(2));
        assertThat(api.anonymous().get("/openapi").body(), containsString("Move a line to a state"));
    }

    @Test
    void wrongInputIsRefusedWithAClearMessageInFrenchAndEnglishAndNothingIsWritten() {
        Api staff = as(STAFF);
        long plan = plan("Plan des refus " + System.nanoTime());
        Map<String, String> refused = Map.of(
                line(CENTRE_SCHOOL, 2025, "EQUIPMENT", "TABLET", " ", 1, "10", "TNE", null), "libellé",
                line(CENTRE_SCHOOL, 2025, "EQUIPMENT", "TABLET", "Tablettes", 0, "10", "TNE", null), "quantité",
                line(CENTRE_SCHOOL, 2031, "EQUIPMENT", "TABLET", "Tablettes", 1, "10", "TNE", null), "2025–2028",
                line(CENTRE_SCHOOL, 2025, "EQUIPMENT", null, "Tablettes", 1, "10", "TNE", null), "type de matériel",
                line(CENTRE_SCHOOL, 2025, "EQUIPMENT", "TABLET", "Tablettes", 1, "-1", "TNE", null), "coût",
                line("0349131R", 2025, "EQUIPMENT", "TABLET", "Tablettes", 1, "10", "TNE", null), "ville du plan");
        refused.forEach((body, message) -> {
            Api.Reply reply = staff.postJson("api/plans/" + plan + "/lines", body);
            assertThat(body, reply.status(), is(400));
            assertThat(reply.contentType(), containsString("application/problem+json"));
            assertThat(reply.body(), containsString(message));
        });
        Api.Reply english = as(STAFF).inLanguage("en").postJson("api/plans/" + plan + "/lines",
                line(CENTRE_SCHOOL, 2025, "EQUIPMENT", "TABLET", "Tablettes", 0, "10", "TNE", null));
        assertThat(english.body(), containsString("quantity"));
        assertThat(list(staff.get("api/plans/" + plan + "/lines")).size(), is(0));

        Api.Reply years = staff.postJson("api/plans", """
                {"title":"Trop long","firstYear":2025,"lastYear":2035}""");
        assertThat(years.status(), is(400));
        assertThat(years.body(), containsString("années scolaires consécutives"));
        Api.Reply rate = staff.putJson("api/plans/" + plan + "/envelopes/TNE", "{\"rate\":120}");
        assertThat(rate.status(), is(400));
        assertThat(rate.body(), containsString("pourcentage"));

        long screens = addLine(plan, line(CENTRE_SCHOOL, 2025, "EQUIPMENT", "INTERACTIVE_SCREEN", "ENI", 1, "10",
                "TNE", null));
        Api.Reply noOrder = staff.postJson("api/plans/" + plan + "/lines/" + screens + "/state",
                "{\"state\":\"ORDERED\",\"on\":\"2025-10-01\"}");
        assertThat(noOrder.status(), is(400));
        assertThat(noOrder.body(), containsString("bon de commande"));
        Api.Reply badInvoice = staff.postJson("api/plans/" + plan + "/lines/" + screens + "/invoices",
                "{\"reference\":\"F-1\",\"issuedOn\":\"2025-10-01\",\"paidOn\":\"2025-09-01\",\"amount\":10}");
        assertThat(badInvoice.status(), is(400));
        assertThat(badInvoice.body(), containsString("précéder la facture"));
        JsonObject unchanged = staff.get("api/plans/" + plan + "/lines/" + screens).json();
        assertThat(unchanged.getString("state"), is("PLANNED"));
        assertThat(unchanged.getJsonArray("invoices").size(), is(0));
    }

    @Test
    void itemsAndLicencesLinkToOneLineOnlyOfTheirSchoolAndTypeEvenWhenEightPeopleLinkOneAtOnce() throws Exception {
        Api staff = as(STAFF);
        long plan = plan("Plan des liens " + System.nanoTime());
        int threads = 8;
        List<Long> lines = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            lines.add(addLine(plan, line(CENTRE_SCHOOL, 2025, "EQUIPMENT", "INTERACTIVE_SCREEN", "ENI " + i, 1,
                    "3000", "TNE", null)));
        }
        long screen = item(CENTRE_SCHOOL, "INTERACTIVE_SCREEN");
        long tablet = item(CENTRE_SCHOOL, "TABLET");
        long elsewhere = item(EAST_SCHOOL, "INTERACTIVE_SCREEN");
        String first = "api/plans/" + plan + "/lines/" + lines.get(0);

        List<Long> candidates = list(staff.get(first + "/items/candidates")).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
        assertThat(candidates, hasItem(screen));
        assertThat(candidates, not(hasItem(tablet)));
        assertThat(candidates, not(hasItem(elsewhere)));
        Api.Reply wrongType = staff.put(first + "/items/" + tablet, "application/json", new byte[0]);
        assertThat(wrongType.status(), is(400));
        assertThat(wrongType.body(), containsString("n'est pas du type de la ligne"));
        Api.Reply wrongSchool = staff.put(first + "/items/" + elsewhere, "application/json", new byte[0]);
        assertThat(wrongSchool.status(), is(400));
        assertThat(wrongSchool.body(), containsString("n'est pas dans l'école de la ligne"));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (long line : lines) {
                Callable<Api.Reply> call = () -> {
                    start.await();
                    return as(STAFF).put("api/plans/" + plan + "/lines/" + line + "/items/" + screen,
                            "application/json", new byte[0]);
                };
                replies.add(pool.submit(call));
            }
            start.countDown();
            int linked = 0;
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                if (r.status() == 200) {
                    linked++;
                } else {
                    assertThat(r.body(), r.status(), is(409));
                    assertThat(r.body(), containsString("déjà lié à une autre ligne"));
                }
            }
            assertThat(linked, is(1));
        } finally {
            pool.shutdownNow();
        }
        long holders = lines.stream().filter(line -> staff.get("api/plans/" + plan + "/lines/" + line).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(i -> i.getJsonNumber("id").longValue() == screen)).count();
        assertThat(holders, is(1L));
        assertThat(staff.get("api/plans/" + plan + "/figures").json().getJsonArray("equipment").getJsonObject(0)
                .getInt("linked"), is(1));
        assertThat(list(staff.get(first + "/items/candidates")).stream()
                .anyMatch(i -> i.getJsonNumber("id").longValue() == screen), is(false));

        long licenceLine = addLine(plan, line(CENTRE_SCHOOL, 2025, "LICENCE", null, "Ressource", 5, "20", "TNE", null));
        long otherLicenceLine = addLine(plan, line(EAST_SCHOOL, 2025, "LICENCE", null, "Ressource", 5, "20", "TNE",
                null));
        long licence = licence();
        String licencePath = "api/plans/" + plan + "/lines/" + licenceLine + "/licences/";
        assertThat(list(staff.get("api/plans/" + plan + "/lines/" + licenceLine + "/licences/candidates")).stream()
                .anyMatch(l -> l.getJsonNumber("id").longValue() == licence), is(true));
        Api.Reply linkedLicence = staff.put(licencePath + licence, "application/json", new byte[0]);
        assertThat(linkedLicence.body(), linkedLicence.status(), is(200));
        assertThat(linkedLicence.json().getJsonArray("licences").size(), is(1));
        Api.Reply taken = staff.put("api/plans/" + plan + "/lines/" + otherLicenceLine + "/licences/" + licence,
                "application/json", new byte[0]);
        assertThat(taken.status(), is(409));
        assertThat(as(STAFF).inLanguage("en").put("api/plans/" + plan + "/lines/" + otherLicenceLine + "/licences/"
                + licence, "application/json", new byte[0]).body(), containsString("already linked"));
        assertThat(staff.delete(licencePath + licence).json().getJsonArray("licences").size(), is(0));
        Api.Reply screenOnLicenceLine = staff.put(licencePath.replace("/licences/", "/items/") + screen,
                "application/json", new byte[0]);
        assertThat(screenOnLicenceLine.status(), is(409));
    }

    /** A new licence of Béziers; answers its id. */
    private long licence() {
        long product = id(as(STAFF).postJson("api/licences/products", """
                {"name":"Ressource du plan %d","kind":"SOFTWARE","publisher":"Éditeur"}""".formatted(System.nanoTime())));
        return id(as(STAFF).postJson("api/licences", """
                {"productId":%d,"kind":"PER_SEAT","seats":5,"validFrom":"%s","validUntil":"%s","price":"100",
                 "transferable":true}""".formatted(product, LocalDate.now(), LocalDate.now().plusYears(1))));
    }

    @Test
    void councillorsReadInspectorsSeeTheirCirconscriptionsLinesWithoutAmountsAndOthersNothing() {
        long plan = plan("Plan des rôles " + System.nanoTime());
        long centre = addLine(plan, line(CENTRE_SCHOOL, 2025, "EQUIPMENT", "TABLET", "Tablettes", 4, "400", "TNE",
                null));
        addLine(plan, line(CENTRE_OTHER_SCHOOL, 2026, "TRAINING", null, "Usages des tablettes", 12, "0", "CITY", null));
        long east = addLine(plan, line(EAST_SCHOOL, 2025, "LICENCE", null, "Licences", 4, "400", "TNE", null));

        Api elue = as("elue");
        assertThat(elue.get("api/plans/" + plan).json().getBoolean("editable"), is(false));
        assertThat(list(elue.get("api/plans/" + plan + "/lines")).size(), is(3));
        assertThat(amount(elue.get("api/plans/" + plan + "/figures").json().getJsonObject("total")
                .getJsonObject("amounts"), "planned"), is(euros("3200")));
        assertThat(elue.postJson("api/plans/" + plan + "/lines", line(CENTRE_SCHOOL, 2025, "TRAINING", null, "x", 1,
                "0", "CITY", null)).status(), is(403));
        assertThat(elue.delete("api/plans/" + plan + "/lines/" + centre).status(), is(403));
        assertThat(elue.postJson("api/plans", "{\"title\":\"x\",\"firstYear\":2025,\"lastYear\":2026}").status(),
                is(403));

        Api ien = as("ien");
        assertThat(list(ien.get("api/plans")).stream().anyMatch(p -> p.getJsonNumber("id").longValue() == plan),
                is(true));
        List<JsonObject> seen = list(ien.get("api/plans/" + plan + "/lines"));
        assertThat(seen.stream().map(l -> l.getString("schoolUai")).sorted().toList(),
                is(List.of(CENTRE_OTHER_SCHOOL, CENTRE_SCHOOL)));
        for (JsonObject line : seen) {
            assertThat(line.toString(), line.containsKey("unitCost"), is(false));
            assertThat(line.toString(), line.containsKey("estimatedCost"), is(false));
            assertThat(line.toString(), line.containsKey("paid"), is(false));
        }
        JsonObject envelope = ien.get("api/plans/" + plan).json().getJsonArray("envelopes").getJsonObject(0);
        assertThat(envelope.containsKey("amount"), is(false));
        JsonObject figures = ien.get("api/plans/" + plan + "/figures").json();
        assertThat(figures.getBoolean("amountsShown"), is(false));
        assertThat(figures.getJsonObject("total").containsKey("amounts"), is(false));
        assertThat(figures.getJsonObject("total").getInt("lines"), is(2));
        assertThat(ien.get("api/plans/" + plan + "/lines/" + east).status(), is(404));
        assertThat(ien.postJson("api/plans/" + plan + "/lines/" + centre + "/state",
                "{\"state\":\"ORDERED\",\"on\":\"2025-10-01\",\"reference\":\"x\"}").status(), is(403));
        String csv = ien.get("api/plans/" + plan + "/lines.csv").body();
        assertThat(csv, not(containsString("cout")));
        assertThat(csv, not(containsString("400")));

        assertThat(as("enseignant").get("api/plans").status(), is(403));
        assertThat(as("directrice").get("api/plans/" + plan + "/lines").status(), is(403));
        assertThat(as("dsi.villeneuve").get("api/plans/" + plan).status(), is(404));
        assertThat(as("dsi.villeneuve").get("api/plans/" + plan + "/lines/" + centre).status(), is(404));
        assertThat(list(as("elue.villeneuve").get("api/plans")).stream()
                .anyMatch(p -> p.getJsonNumber("id").longValue() == plan), is(false));
        assertThat(as("dsi.villeneuve").putJson("api/plans/" + plan + "/envelopes/TNE", "{\"rate\":10}").status(),
                is(404));
        assertThat(as("admin").get("api/plans/" + plan).status(), is(200));
        assertThat(api.anonymous().get("api/plans").status(), is(401));
    }

    @Test
    void aHostileLabelStaysInertInTheCsvAndExcelExports() throws Exception {
        Api staff = as(STAFF);
        long plan = plan("Plan hostile " + System.nanoTime());
        String hostile = "=HYPERLINK(\"http://x\") <script>alert('x')</script>";
        addLine(plan, line(CENTRE_SCHOOL, 2025, "EQUIPMENT", "LAPTOP", hostile, 3, "700.5", "TNE", null));
        JsonObject read = list(staff.get("api/plans/" + plan + "/lines")).get(0);
        assertThat(read.getString("label"), is(hostile));

        Api.Reply csv = staff.get("api/plans/" + plan + "/lines.csv");
        assertThat(csv.status(), is(200));
        String[] rows = csv.body().split("\r\n");
        assertThat(rows.length, is(2));
        assertThat(rows[0].startsWith("\uFEFFannee_scolaire;uai"), is(true));
        assertThat("a formula is neutralised", rows[1], containsString("\"'=HYPERLINK("));
        assertThat(rows[1], containsString("2101,50"));

        PageBrowser browser = new PageBrowser(url);
        assertThat(browser.login(STAFF, PASSWORD).statusCode(), is(302));
        String page = browser.get("plan/plan.xhtml?id=" + plan).body();
        assertThat(page, containsString("&lt;script&gt;alert("));
        assertThat(page, not(containsString("<script>alert(")));
        assertThat("the school chart's labels are data, written as JSON", page, containsString("chart-schools"));

        // the funders form of the page sets a programme's rate and envelope, and refuses a rate over 100 %
        String planPage = "plan/plan.xhtml?id=" + plan;
        HttpResponse<String> saved = browser.ajax(planPage, "plan-form", "envelope-save", "envelope-programme",
                "DEPARTEMENT", "envelope-rate", "25", "envelope-amount", "5000");
        assertThat(saved.body(), containsString("Le financeur est enregistré"));
        JsonObject departement = staff.get("api/plans/" + plan).json().getJsonArray("envelopes")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("programme").equals("DEPARTEMENT"))
                .findFirst().orElseThrow();
        assertThat(amount(departement, "rate"), is(euros("25")));
        assertThat(amount(departement, "amount"), is(euros("5000")));
        assertThat(browser.ajax(planPage, "plan-form", "envelope-save", "envelope-programme", "TNE", "envelope-rate",
                "150").body(), containsString("pourcentage entre 0 et 100"));

        byte[] excel = staff.bytes("api/plans/" + plan + "/lines.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(5).getStringCellValue(), is(hostile));
            assertThat("text, not a formula", row.getCell(5).getCellType().name(), is("STRING"));
        }
    }

    @Test
    void theDemoPlanOfBeziersHasThreeYearsOfLinesLinkedItemsPaidInvoicesAndMoneyToClaim() {
        Api staff = as(STAFF);
        JsonObject demo = list(staff.get("api/plans")).stream()
                .filter(p -> p.getString("title").equals("Plan numérique des écoles de Béziers 2025–2028"))
                .findFirst().orElseThrow(() -> new AssertionError("no demo plan"));
        JsonObject figures = staff.get("api/plans/" + demo.getJsonNumber("id").longValue() + "/figures").json();
        assertThat(figures.getJsonArray("years").size(), is(3));
        JsonObject total = figures.getJsonObject("total").getJsonObject("amounts");
        assertThat(amount(total, "paid").signum(), is(1));
        assertThat(amount(total, "remainingToClaim").signum(), is(1));
        assertThat(amount(total, "ordered").compareTo(amount(total, "planned")) < 0, is(true));
        assertThat(figures.getJsonArray("equipment").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getInt("linked") > 0 && t.getInt("linked") < t.getInt("planned")), is(true));
        assertThat(figures.getJsonArray("programmes").size(), is(3));
        assertThat(list(as("ien").get("api/plans/" + demo.getJsonNumber("id").longValue() + "/lines")).isEmpty(),
                is(false));

        for (String who : List.of(STAFF, "ien")) {
            PageBrowser browser = new PageBrowser(url);
            assertThat(browser.login(who, PASSWORD).statusCode(), is(302));
            String school = browser.get("schools/school.xhtml?uai=" + CENTRE_SCHOOL).body();
            assertThat(who, school, containsString("id=\"school-plan-lines\""));
            assertThat(who, school, containsString("Écrans numériques interactifs des classes"));
        }
    }
}
