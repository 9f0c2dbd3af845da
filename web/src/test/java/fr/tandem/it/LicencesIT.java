package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Licences on Payara Micro and the configured database: never assigned beyond their seats with
 * many people at once, site licences for one school, expired licences closed, renewal, bulk
 * assignment with its preview, exports, and who may see what.
 */
class LicencesIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    /** The UAI of demo school i (1 … 30). */
    static String school(int i) {
        int digits = 349100 + i;
        return String.format("%07d", digits) + LETTERS.charAt(digits % 23);
    }

    private Api staff() {
        return new Api(url).as("dsi", PASSWORD);
    }

    private long product(String name) {
        Api.Reply created = staff().postJson("api/licences/products", """
                {"name":"%s %d","kind":"SOFTWARE","publisher":"Éditeur"}""".formatted(name, System.nanoTime()));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private long licence(String kind, Integer seats, String holder, LocalDate from, LocalDate until, boolean transferable) {
        String body = """
                {"productId":%d,"kind":"%s","seats":%s,"holderUai":%s,"validFrom":"%s","validUntil":"%s",
                 "price":"1200.00","currency":"EUR","grantSource":"TNE","grantPercent":50,"orderNumber":"BC-42",
                 "contractReference":"M-2026-7","transferable":%s,"renewal":"MANUAL","renewalMonths":12}"""
                .formatted(product("Logiciel"), kind, seats, holder == null ? "null" : "\"" + holder + "\"", from, until,
                        transferable);
        Api.Reply created = staff().postJson("api/licences", body);
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private long perSeat(int seats) {
        return licence("PER_SEAT", seats, null, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(6), true);
    }

    private Api.Reply assign(long licenceId, String uai, int seats) {
        return staff().postJson("api/licences/" + licenceId + "/assignments",
                "{\"uai\":\"" + uai + "\",\"target\":\"SCHOOL\",\"seats\":" + seats + "}");
    }

    @Test
    void manyPeopleAssigningTheLastSeatsAtOnceTakeExactlyTheFreeSeats() throws Exception {
        long licence = perSeat(12);
        assertThat(assign(licence, school(1), 5).status(), is(201));

        int threads = 30;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String uai = school(2 + i % 20);
            Callable<Api.Reply> one = () -> {
                start.await();
                return assign(licence, uai, 1);
            };
            replies.add(pool.submit(one));
        }
        start.countDown();
        int created = 0;
        int refused = 0;
        for (Future<Api.Reply> reply : replies) {
            int status = reply.get().status();
            if (status == 201) {
                created++;
            } else {
                assertThat(reply.get().body(), status, is(409));
                refused++;
            }
        }
        pool.shutdown();
        assertThat(created, is(7));
        assertThat(refused, is(threads - 7));
        JsonObject after = staff().get("api/licences/" + licence).json();
        assertThat(after.getInt("assignedSeats"), is(12));
        assertThat(after.getInt("freeSeats"), is(0));
        assertThat(staff().get("api/licences/" + licence + "/assignments").structure().asJsonArray().size(), is(8));
    }

    @Test
    void anOverAssignmentIsRefusedWithTheFreeSeatsInTheMessageAndReleaseFreesSeats() {
        long licence = perSeat(10);
        Api.Reply first = assign(licence, school(2), 6);
        assertThat(first.body(), first.status(), is(201));
        assertThat(assign(licence, school(5), 3).status(), is(201));
        Api.Reply over = assign(licence, school(5), 2);
        assertThat(over.status(), is(409));
        assertThat(over.contentType(), containsString("application/problem+json"));
        assertThat(over.json().getString("detail"), containsString("il en reste 1 de libre(s) sur 10"));
        Api.Reply english = new Api(url).as("dsi", PASSWORD).inLanguage("en").postJson(
                "api/licences/" + licence + "/assignments", "{\"uai\":\"" + school(5) + "\",\"seats\":2}");
        assertThat(english.json().getString("detail"), containsString("1 of 10 left free"));

        long assignment = first.json().getJsonNumber("id").longValue();
        Api.Reply released = staff().postJson("api/licences/assignments/" + assignment + "/release", "");
        assertThat(released.body(), released.status(), is(200));
        assertThat(staff().get("api/licences/" + licence).json().getInt("freeSeats"), is(7));
        Api.Reply moved = staff().postJson("api/licences/assignments/" + assignment + "/reassignment",
                "{\"uai\":\"" + school(4) + "\",\"target\":\"TEACHER\",\"teacherUsername\":\"enseignant\",\"seats\":1}");
        assertThat(moved.status(), is(400));
    }

    @Test
    void aNonTransferableLicenceKeepsItsAssignments() {
        long licence = licence("PER_SEAT", 5, null, LocalDate.now(), LocalDate.now().plusMonths(6), false);
        long assignment = assign(licence, school(3), 2).json().getJsonNumber("id").longValue();
        Api.Reply refused = staff().postJson("api/licences/assignments/" + assignment + "/release", "");
        assertThat(refused.status(), is(400));
        assertThat(refused.json().getString("code"), is("licence.notTransferable"));
    }

    @Test
    void aSiteLicenceBelongsToOneSchoolAndAnExpiredLicenceTakesNothing() {
        long site = licence("SITE", null, school(4), LocalDate.now(), LocalDate.now().plusMonths(6), true);
        assertThat(staff().postJson("api/licences/" + site + "/assignments",
                "{\"uai\":\"" + school(4) + "\",\"target\":\"CLASS\",\"className\":\"CM2\",\"seats\":28}").status(), is(201));
        Api.Reply elsewhere = assign(site, school(5), 1);
        assertThat(elsewhere.status(), is(400));
        assertThat(elsewhere.json().getString("code"), is("licence.holder.only"));

        long expired = licence("PER_SEAT", 10, null, LocalDate.now().minusYears(1), LocalDate.now().minusDays(1), true);
        Api.Reply late = assign(expired, school(2), 1);
        assertThat(late.status(), is(400));
        assertThat(late.json().getString("code"), is("licence.expired"));
        assertThat(staff().get("api/licences/" + expired).json().getInt("freeSeats"), is(0));
    }

    @Test
    void bulkAssignmentPreviewsThenAssignsEveryElementaireOfTheCirconscriptionAllOrNothing() {
        long licence = perSeat(60);
        String est = "0341102" + LETTERS.charAt(341102 % 23);
        String bulk = "{\"circonscriptionCode\":\"" + est + "\",\"schoolKind\":\"ELEMENTAIRE\",\"seatsPerSchool\":5}";
        Api.Reply preview = staff().postJson("api/licences/" + licence + "/bulk-assignments/preview", bulk);
        assertThat(preview.body(), preview.status(), is(200));
        int schools = preview.json().getJsonArray("lines").size();
        assertThat(schools > 0, is(true));
        assertThat(preview.json().getInt("seatsNeeded"), is(5 * schools));
        assertThat(schools, is(10));
        assertThat(preview.json().getBoolean("fits"), is(true));
        assertThat(staff().get("api/licences/" + licence).json().getInt("assignedSeats"), is(0));

        Api.Reply done = staff().postJson("api/licences/" + licence + "/bulk-assignments", bulk);
        assertThat(done.body(), done.status(), is(200));
        assertThat(staff().get("api/licences/" + licence).json().getInt("assignedSeats"), is(5 * schools));

        long small = perSeat(3);
        Api.Reply tooMany = staff().postJson("api/licences/" + small + "/bulk-assignments", bulk);
        assertThat(tooMany.status(), is(409));
        assertThat(staff().get("api/licences/" + small).json().getInt("assignedSeats"), is(0));
    }

    @Test
    void renewalCreatesTheNextPeriodAndTheOldOneStops() {
        long licence = perSeat(10);
        assign(licence, school(2), 4);
        Api.Reply renewed = staff().postJson("api/licences/" + licence + "/renewal", "");
        assertThat(renewed.body(), renewed.status(), is(201));
        JsonObject next = renewed.json();
        assertThat(next.getString("validFrom"), is(LocalDate.now().plusMonths(6).plusDays(1).toString()));
        assertThat(next.getInt("assignedSeats"), is(4));
        assertThat(staff().get("api/licences/" + licence).json().getString("status"), is("RENEWED"));
        assertThat(assign(licence, school(2), 1).status(), is(400));
    }

    @Test
    void exportsHoldEveryRowAndTeachersCannotManageLicences() {
        perSeat(3);
        Api.Reply csv = staff().get("api/licences/licences.csv");
        assertThat(csv.status(), is(200));
        assertThat(csv.body().startsWith("\uFEFFN°;Produit;"), is(true));
        int licences = staff().get("api/licences").structure().asJsonArray().size();
        assertThat(csv.body().split("\r\n").length, is(1 + licences));
        byte[] excel = staff().bytes("api/licences/assignments.xlsx");
        assertThat(excel[0] == 'P' && excel[1] == 'K', is(true));

        assertThat(new Api(url).as("enseignant", PASSWORD).get("api/licences").status(), is(403));
        assertThat(new Api(url).as("directrice", PASSWORD).postJson("api/licences/products",
                "{\"name\":\"x\",\"kind\":\"SOFTWARE\"}").status(), is(403));
    }

    private long notices(long licenceId, String kind) {
        return staff().get("api/licences/reminders").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("licenceId").longValue() == licenceId && n.getString("kind").equals(kind))
                .count();
    }

    @Test
    void eachReminderStageFiresOnceAcrossPassesAndStopsForRenewedOrCancelledLicences() throws Exception {
        long inTwenty = licence("PER_SEAT", 10, null, LocalDate.now().minusMonths(6), LocalDate.now().plusDays(20), true);
        long inFive = licence("PER_SEAT", 10, null, LocalDate.now().minusMonths(6), LocalDate.now().plusDays(5), true);
        long renewed = licence("PER_SEAT", 10, null, LocalDate.now().minusMonths(6), LocalDate.now().plusDays(6), true);
        long cancelled = licence("PER_SEAT", 10, null, LocalDate.now().minusMonths(6), LocalDate.now().plusDays(6), true);
        long far = licence("PER_SEAT", 10, null, LocalDate.now().minusMonths(6), LocalDate.now().plusDays(200), true);
        assertThat(staff().postJson("api/licences/" + renewed + "/renewal", "").status(), is(201));
        assertThat(staff().postJson("api/licences/" + cancelled + "/cancellation", "").status(), is(200));
        // The application's own timer runs a pass a minute after start: it may have caught the two
        // licences while they were still active. What counts is that no pass fires once they are not.
        long renewedBefore = notices(renewed, "EXPIRY");
        long cancelledBefore = notices(cancelled, "EXPIRY");

        ExecutorService passes = Executors.newFixedThreadPool(4);
        List<Future<Api.Reply>> runs = new ArrayList<>();
        for (int pass = 0; pass < 4; pass++) {
            runs.add(passes.submit(() -> staff().postJson("api/licences/reminders/run", "")));
        }
        for (Future<Api.Reply> run : runs) {
            assertThat(run.get().body(), run.get().status(), is(200));
        }
        passes.shutdown();
        assertThat(staff().postJson("api/licences/reminders/run", "").status(), is(200));
        List<JsonObject> mine = staff().get("api/licences/reminders").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("licenceId").longValue() == inTwenty).toList();
        assertThat(mine.size(), is(1));
        assertThat(mine.get(0).getInt("stageDays"), is(30));
        assertThat(notices(inFive, "EXPIRY"), is(1L));
        assertThat(staff().get("api/licences/reminders").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getJsonNumber("licenceId").longValue() == inFive)
                .findFirst().orElseThrow().getInt("stageDays"), is(7));
        assertThat(notices(renewed, "EXPIRY"), is(renewedBefore));
        assertThat(notices(cancelled, "EXPIRY"), is(cancelledBefore));
        assertThat(notices(far, "EXPIRY"), is(0L));
    }

    @Test
    void theLowSeatsAlertFiresOnceWhenFreeSeatsFallBelowTheThreshold() {
        String body = """
                {"productId":%d,"kind":"PER_SEAT","seats":10,"validFrom":"%s","validUntil":"%s","price":"100",
                 "transferable":true,"lowSeatThreshold":3}""".formatted(product("Alerte"), LocalDate.now(),
                LocalDate.now().plusYears(1));
        long licence = staff().postJson("api/licences", body).json().getJsonNumber("id").longValue();
        assign(licence, school(2), 7);
        staff().postJson("api/licences/reminders/run", "");
        assertThat(notices(licence, "LOW_SEATS"), is(0L));
        assign(licence, school(3), 1);
        staff().postJson("api/licences/reminders/run", "");
        staff().postJson("api/licences/reminders/run", "");
        assertThat(notices(licence, "LOW_SEATS"), is(1L));
        assertThat(staff().get("api/licences/" + licence).json().getBoolean("lowOnSeats"), is(true));
    }

    @Test
    void reminderStagesAreConfigurableAndChecked() {
        Api.Reply bad = staff().putJson("api/licences/reminders/stages", "{\"days\":\"30, abc\"}");
        assertThat(bad.status(), is(400));
        assertThat(staff().get("api/licences/reminders/stages").json().getString("days"), is("90, 30, 7"));
        assertThat(new Api(url).as("enseignant", PASSWORD).get("api/licences/reminders").status(), is(403));
    }

    private static final String GAR_NS = "http://www.atosworldline.com/wsabonnement/v1.0/";

    private static byte[] garFile(String id, String ark, String uai, String count) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><abonnements xmlns=\"" + GAR_NS + "\"><abonnement>"
                + "<idAbonnement>" + id + "</idAbonnement><idRessource>" + ark + "</idRessource>"
                + "<typeIdRessource>ark</typeIdRessource><libelleRessource>Ressource " + id + "</libelleRessource>"
                + "<debutValidite>" + LocalDate.now().minusMonths(2) + "T00:00:00.000+02:00</debutValidite>"
                + "<finValidite>" + LocalDate.now().plusMonths(8) + "T00:00:00.000+02:00</finValidite>"
                + "<uaiEtab>" + uai + "</uaiEtab><categorieAffectation>transferable</categorieAffectation>"
                + "<typeAffectation>INDIV</typeAffectation><nbLicenceGlobale>" + count + "</nbLicenceGlobale>"
                + "<publicCible>ELEVE</publicCible></abonnement></abonnements>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void garSubscriptionsAndUsageImportIdempotentlyAndFeedTheReconciliation() throws Exception {
        String id = "lumni_" + System.nanoTime();
        String ark = "ark:/47198/it" + System.nanoTime();
        Api.Reply first = staff().post("api/licences/imports/gar-subscriptions", "application/xml",
                garFile(id, ark, school(6), "30"));
        assertThat(first.body(), first.status(), is(200));
        assertThat(first.json().getInt("created"), is(1));
        Api.Reply again = staff().post("api/licences/imports/gar-subscriptions", "application/xml",
                garFile(id, ark, school(6), "30"));
        assertThat(again.json().getInt("created"), is(0));
        assertThat(again.json().getInt("unchanged"), is(1));
        Api.Reply changed = staff().post("api/licences/imports/gar-subscriptions", "application/xml",
                garFile(id, ark, school(6), "35"));
        assertThat(changed.json().getInt("updated"), is(1));

        byte[] usage = ("\uFEFFUAI;idAbonnement;codeProjetRessource;idRessource;cumulAffectationEleve;"
                + "cumulAffectationEnseignant;cumulAffectationDocumentaliste;cumulAffectationAutrePersonnel\r\n"
                + school(6) + ";" + id + ";null;" + ark + ";20;2;0;0\r\n"
                + "0561622J;autre;null;ark:/47198/x;1;1;0;0\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply used = staff().post("api/licences/imports/gar-usage", "text/csv", usage);
        assertThat(used.body(), used.status(), is(200));
        assertThat(used.json().getInt("created"), is(1));
        assertThat(used.json().getInt("skipped"), is(1));
        assertThat(used.json().getJsonArray("lines").getJsonObject(1).getString("reason"), containsString("0561622J"));
        assertThat(staff().post("api/licences/imports/gar-usage", "text/csv", usage).json().getInt("unchanged"), is(1));

        JsonObject line = staff().get("api/licences/reconciliation").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("productName").equals("Ressource " + id)).findFirst().orElseThrow();
        assertThat(line.getString("uai"), is(school(6)));
        assertThat(line.getInt("bought"), is(35));
        assertThat(line.getInt("used"), is(22));
        assertThat(line.getInt("unusedSeats"), is(13));
        assertThat(line.getJsonNumber("unusedCost").bigDecimalValue().signum(), is(0));
        Api.Reply csv = staff().get("api/licences/reconciliation.csv");
        assertThat(csv.body().startsWith("\uFEFFProduit;"), is(true));
        assertThat(csv.body().split("\r\n").length,
                is(1 + staff().get("api/licences/reconciliation").structure().asJsonArray().size()));

        byte[] example;
        try (java.io.InputStream in = getClass().getResourceAsStream("/gar/abonnements-example.xml")) {
            example = in.readAllBytes();
        }
        Api.Reply unknownSchools = staff().post("api/licences/imports/gar-subscriptions", "application/xml", example);
        assertThat(unknownSchools.json().getInt("skipped"), is(2));
        assertThat(unknownSchools.json().getJsonArray("lines").getJsonObject(0).getString("reason"),
                containsString("0561622J"));
    }

    @Test
    void aGarFileWithExternalEntitiesOrBrokenXmlImportsNothing() {
        int before = staff().get("api/licences").structure().asJsonArray().size();
        String id = "xxe_" + System.nanoTime();
        byte[] attack = ("<?xml version=\"1.0\"?><!DOCTYPE abonnements [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + new String(garFile(id, "ark:/47198/xxe", school(6), "3"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*>", "").replace("<libelleRessource>Ressource " + id, "<libelleRessource>&x;"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply refused = staff().post("api/licences/imports/gar-subscriptions", "application/xml", attack);
        assertThat(refused.status(), is(400));
        assertThat(refused.json().getString("code"), is("licence.gar.xml.doctype"));
        byte[] broken = java.util.Arrays.copyOf(garFile(id, "ark:/47198/xxe", school(6), "3"), 300);
        Api.Reply malformed = staff().post("api/licences/imports/gar-subscriptions", "application/xml", broken);
        assertThat(malformed.status(), is(400));
        assertThat(malformed.json().getString("detail"), containsString("Rien n'a été importé"));
        assertThat(staff().get("api/licences").structure().asJsonArray().size(), is(before));
    }

    @Test
    void schoolsSeeTheirLicencesWithAccessInstructionsButNoPrice() {
        List<JsonObject> school = new Api(url).as("directrice", PASSWORD).get("api/licences/my-school").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertThat(school.stream().anyMatch(a -> a.getString("productName").equals("Studio Webradio (démo)")), is(true));
        assertThat(school.stream().allMatch(a -> a.getString("uai").equals(school(4))), is(true));
        assertThat(school.stream().anyMatch(a -> a.containsKey("price")), is(false));

        List<JsonObject> mine = new Api(url).as("enseignant", PASSWORD).get("api/licences/mine").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertThat(mine.stream().anyMatch(a -> a.getString("target").equals("TEACHER")
                && a.getString("teacherUsername").equals("enseignant")
                && a.getString("accessInstructions").contains("mallette webradio")), is(true));
        assertThat(new Api(url).as("enseignant", PASSWORD).get("api/licences/my-school").status(), is(403));
        assertThat(new Api(url).as("enseignant01", PASSWORD).get("api/licences/mine").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(a -> "TEACHER".equals(a.getString("target"))), is(false));
    }

    @Test
    void aContractIsKeptWithItsLicenceAndComesBackIntact() {
        long licence = perSeat(2);
        byte[] pdf = ("%PDF-1.4 contrat " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply added = staff().post("api/licences/" + licence + "/documents?name=contrat%20sign%C3%A9.pdf",
                "application/octet-stream", pdf);
        assertThat(added.body(), added.status(), is(201));
        assertThat(added.json().getString("contentType"), is("application/pdf"));
        assertThat(added.json().getString("fileName"), is("contrat signé.pdf"));
        assertThat(java.util.Arrays.equals(staff().bytes(added.location().replaceFirst("^.*?/api/", "api/")), pdf), is(true));
        assertThat(staff().get("api/licences/" + licence + "/documents").structure().asJsonArray().size(), is(1));
        Api.Reply script = staff().post("api/licences/" + licence + "/documents?name=x.exe", "application/octet-stream", pdf);
        assertThat(script.status(), is(400));
        assertThat(script.json().getString("code"), is("licence.document.type"));
    }

    @Test
    void costsSplitThePriceBetweenGrantAndCityAndBetweenSchoolsBySeats() {
        long licence = perSeat(10);
        assign(licence, school(9), 5);
        String product = staff().get("api/licences/" + licence).json().getString("productName");
        JsonObject costs = staff().get("api/licences/costs").json();
        JsonObject line = costs.getJsonArray("byProduct").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("key").equals(product)).findFirst().orElseThrow();
        assertThat(line.getJsonNumber("total").bigDecimalValue().compareTo(new java.math.BigDecimal("1200")), is(0));
        assertThat(line.getJsonNumber("grant").bigDecimalValue().compareTo(new java.math.BigDecimal("600")), is(0));
        assertThat(line.getJsonNumber("city").bigDecimalValue().compareTo(new java.math.BigDecimal("600")), is(0));
        assertThat(costs.getJsonArray("bySchool").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("key").startsWith(school(9))), is(true));
        assertThat(costs.getJsonArray("byFunding").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("key")).toList().containsAll(List.of("CITY", "TNE")), is(true));
    }
}
