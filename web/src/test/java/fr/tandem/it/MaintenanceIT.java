package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interventions on an item through the API (list, add 201, change, delete), every refusal with its
 * message, the city scope both ways; an item's total cost of ownership on known numbers; a school's
 * cost by year and type, and its exports with a hostile supplier name neutralised.
 */
class MaintenanceIT extends ApiTestBase {

    private static final String SCHOOL = LicencesIT.school(7);
    private static final String VILLENEUVE_SCHOOL = LicencesIT.school(31);

    private Api staff() {
        return new Api(url).as("dsi", PASSWORD);
    }

    /** A new item of another kind bought in 2018 (a year of its own in the school's costs). */
    private long item() {
        Api.Reply created = staff().postJson("api/equipment", """
                {"serialNumber":"MNT-%d","schoolUai":"%s","type":"OTHER","brand":"Robotique","model":"Bee-Bot",
                 "purchaseDate":"2018-03-01","price":1000,"tneAmount":600}""".formatted(System.nanoTime(), SCHOOL));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private long supplier(Api as, String name) {
        Api.Reply created = as.postJson("api/licences/suppliers",
                "{\"name\":\"" + name.replace("\"", "\\\"") + " " + System.nanoTime() + "\"}");
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private static String form(String day, Long supplier, String staff, String cost, String text) {
        return """
                {"performedOn":"%s","supplierId":%s,"staffName":%s,"cost":%s,"description":%s,"requestId":12}"""
                .formatted(day, supplier, staff == null ? "null" : "\"" + staff + "\"", cost,
                        text == null ? "null" : "\"" + text + "\"");
    }

    @Test
    void cityStaffRecordChangeAndDeleteInterventions() {
        long item = item();
        long supplier = supplier(staff(), "Réparations Express");
        Api.Reply added = staff().postJson("api/equipment/" + item + "/maintenance",
                form("2026-01-15", supplier, null, "150.5", "Remplacement de la batterie"));
        assertThat(added.body(), added.status(), is(201));
        long record = added.json().getJsonNumber("id").longValue();
        assertThat(added.location(), endsWith("/api/equipment/" + item + "/maintenance/" + record));
        assertThat(added.json().getString("supplierName"), startsWith("Réparations Express"));
        assertThat(added.json().getJsonNumber("cost").bigDecimalValue(), is(new BigDecimal("150.50")));
        assertThat(added.json().getInt("requestId"), is(12));
        assertThat(added.json().getString("recordedBy"), is("dsi"));

        Api.Reply byStaff = staff().postJson("api/equipment/" + item + "/maintenance",
                form(LocalDate.now().toString(), null, "Agent <script>alert(1)</script>", "0", "Mise à jour"));
        assertThat(byStaff.body(), byStaff.status(), is(201));
        assertThat(staff().get("api/equipment/" + item + "/maintenance").structure().asJsonArray().size(), is(2));
        // latest first
        assertThat(staff().get("api/equipment/" + item + "/maintenance").structure().asJsonArray().getJsonObject(0)
                .getString("staffName"), is("Agent <script>alert(1)</script>"));

        Api.Reply changed = staff().putJson("api/equipment/" + item + "/maintenance/" + record,
                form("2026-01-16", supplier, null, "160", "Remplacement de la batterie et du chargeur"));
        assertThat(changed.body(), changed.status(), is(200));
        assertThat(changed.json().getString("performedOn"), is("2026-01-16"));
        long other = byStaff.json().getJsonNumber("id").longValue();
        assertThat(staff().delete("api/equipment/" + item + "/maintenance/" + other).status(), is(204));
        assertThat(staff().delete("api/equipment/" + item + "/maintenance/" + other).status(), is(404));
        assertThat(staff().get("api/equipment/" + item + "/maintenance").structure().asJsonArray().size(), is(1));
    }

    @Test
    void badInterventionsAreRefusedWithTheirReasonAndNothingIsWritten() {
        long item = item();
        long supplier = supplier(staff(), "Atelier");
        String path = "api/equipment/" + item + "/maintenance";
        Api french = staff();
        assertRefused(french.postJson(path, form(LocalDate.now().plusDays(1).toString(), null, "Agent", "10", "x")),
                "maintenance.date.future", "futur");
        assertRefused(french.postJson(path, form("2026-01-10", null, "Agent", "-1", "x")),
                "maintenance.cost.invalid", "positif");
        assertRefused(french.postJson(path, form("2026-01-10", null, "Agent", "null", "x")),
                "maintenance.cost.required", "obligatoire");
        assertRefused(french.postJson(path, form("2026-01-10", null, "Agent", "10", "  ")),
                "maintenance.text.required", "Décrivez");
        assertRefused(french.postJson(path, form("2026-01-10", null, "Agent", "10", "x".repeat(2001))),
                "text.tooLong", "trop long");
        assertRefused(french.postJson(path, form("2026-01-10", null, null, "10", "x")), "maintenance.doer.one", "l'un");
        assertRefused(french.postJson(path, form("2026-01-10", supplier, "Agent", "10", "x")),
                "maintenance.doer.one", "l'un");
        Api.Reply english = staff().inLanguage("en").postJson(path, form("2026-01-10", null, "Agent", "-5", "x"));
        assertThat(english.json().getString("detail"), containsString("zero or more"));
        Api.Reply noDay = staff().postJson(path, "{\"staffName\":\"Agent\",\"cost\":1,\"description\":\"x\"}");
        assertThat(noDay.json().getString("code"), is("maintenance.date.required"));
        Api.Reply badRequest = staff().postJson(path, form("2026-01-10", null, "Agent", "1", "x").replace("12", "0"));
        assertThat(badRequest.json().getString("code"), is("maintenance.request.invalid"));
        assertThat(staff().get(path).structure().asJsonArray().size(), is(0));
    }

    private static void assertRefused(Api.Reply reply, String code, String words) {
        assertThat(reply.body(), reply.status(), is(400));
        assertThat(reply.contentType(), startsWith("application/problem+json"));
        assertThat(reply.json().getString("code"), is(code));
        assertThat(reply.json().getString("detail"), containsString(words));
    }

    @Test
    void anotherCitysItemsAndSuppliersAreNotFoundAndOtherRolesMayNotTouchInterventions() {
        long item = item();
        Api villeneuve = new Api(url).as("dsi.villeneuve", PASSWORD);
        String path = "api/equipment/" + item + "/maintenance";
        assertThat(villeneuve.get(path).status(), is(404));
        assertThat(villeneuve.postJson(path, form("2026-01-10", null, "Agent", "1", "x")).status(), is(404));
        assertThat(villeneuve.get("api/equipment/" + item + "/cost").status(), is(404));
        assertThat(villeneuve.get("api/equipment/costs?school=" + SCHOOL).status(), is(404));
        long theirs = supplier(villeneuve, "Fournisseur de Villeneuve");
        Api.Reply foreignSupplier = staff().postJson(path, form("2026-01-10", theirs, null, "1", "x"));
        assertThat(foreignSupplier.body(), foreignSupplier.status(), is(404));
        Api.Reply adminForeign = new Api(url).as("admin", PASSWORD).postJson(path, form("2026-01-10", theirs, null, "1", "x"));
        assertThat(adminForeign.status(), is(400));
        assertThat(adminForeign.json().getString("code"), is("maintenance.supplier.otherCity"));

        assertThat(new Api(url).as("directrice", PASSWORD).get(path).status(), is(403));
        assertThat(new Api(url).as("elue", PASSWORD).get("api/equipment/" + item + "/cost").status(), is(403));
        assertThat(new Api(url).as("enseignant", PASSWORD).postJson(path, form("2026-01-10", null, "A", "1", "x"))
                .status(), is(403));
        assertThat(new Api(url).anonymous().get(path).status(), is(401));
        assertThat(villeneuve.get("api/equipment/costs?school=" + VILLENEUVE_SCHOOL).status(), is(200));
    }

    @Test
    void theCostOfOwnershipAddsPurchaseMaintenanceAndLicencesAndTakesOffGrants() {
        JsonObject before = yearLine();
        long item = item();
        long supplier = supplier(staff(), "Maintenance Sud");
        assertThat(staff().postJson("api/equipment/" + item + "/maintenance",
                form("2018-05-02", supplier, null, "150.50", "Réglage")).status(), is(201));
        assertThat(staff().postJson("api/equipment/" + item + "/maintenance",
                form("2018-06-01", null, "Agent", "49.50", "Nettoyage")).status(), is(201));
        long licence = licenceFrom2018();
        Api.Reply seats = staff().postJson("api/licences/" + licence + "/assignments",
                "{\"target\":\"DEVICE\",\"equipmentId\":" + item + ",\"seats\":3}");
        assertThat(seats.body(), seats.status(), is(201));

        JsonObject cost = staff().get("api/equipment/" + item + "/cost").json();
        // 1000 + (150.50 + 49.50) + 1000 × 3/10 − (600 + 20 % of 300)
        assertThat(cost.toString(), amount(cost, "purchase"), is("1000.00"));
        assertThat(amount(cost, "maintenance"), is("200.00"));
        assertThat(cost.getInt("interventions"), is(2));
        assertThat(amount(cost, "licences"), is("300.00"));
        assertThat(amount(cost, "grants"), is("660.00"));
        assertThat(amount(cost, "total"), is("840.00"));

        JsonObject after = yearLine();
        assertThat(after.toString(), delta(before, after, "purchase"), is(new BigDecimal("1000.00")));
        assertThat(delta(before, after, "maintenance"), is(new BigDecimal("200.00")));
        assertThat(delta(before, after, "licences"), is(new BigDecimal("300.00")));
        assertThat(delta(before, after, "grants"), is(new BigDecimal("660.00")));
        assertThat(delta(before, after, "total"), is(new BigDecimal("840.00")));

        assertThat(staff().putJson("api/equipment/" + item + "/status", "{\"status\":\"RETIRED\"}").status(), is(200));
        assertThat(amount(staff().get("api/equipment/" + item + "/cost").json(), "total"), is("600.00"));
    }

    /** A licence of 10 seats at 1000 €, 20 % granted, valid from 2018 to next year. */
    private long licenceFrom2018() {
        Api.Reply product = staff().postJson("api/licences/products", """
                {"name":"Robot app %d","kind":"SOFTWARE","publisher":"Éditeur"}""".formatted(System.nanoTime()));
        Api.Reply created = staff().postJson("api/licences", """
                {"productId":%d,"kind":"PER_SEAT","seats":10,"validFrom":"2018-01-01","validUntil":"%s","price":"1000.00",
                 "currency":"EUR","grantSource":"OTHER_GRANT","grantPercent":20,"transferable":true,"renewal":"MANUAL",
                 "renewalMonths":12}""".formatted(product.json().getJsonNumber("id").longValue(),
                LocalDate.now().plusYears(1)));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    /** The school's 2018 line for the type OTHER, zeros when there is none yet. */
    private JsonObject yearLine() {
        JsonObject costs = staff().get("api/equipment/costs?school=" + SCHOOL).json();
        assertThat(costs.getString("uai"), is(SCHOOL));
        return costs.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getInt("year") == 2018 && "OTHER".equals(l.getString("type"))).findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder().add("purchase", 0).add("maintenance", 0)
                        .add("licences", 0).add("grants", 0).add("total", 0).build());
    }

    private static BigDecimal delta(JsonObject before, JsonObject after, String key) {
        return after.getJsonNumber(key).bigDecimalValue().subtract(before.getJsonNumber(key).bigDecimalValue())
                .setScale(2);
    }

    private static String amount(JsonObject json, String key) {
        return json.getJsonNumber(key).bigDecimalValue().setScale(2).toPlainString();
    }

    @Test
    void theSchoolsCostExportsNeutraliseAHostileSupplierName() {
        long item = item();
        String hostile = "=HYPERLINK(\"http://evil.test\",\"x\")";
        long supplier = supplier(staff(), hostile);
        assertThat(staff().postJson("api/equipment/" + item + "/maintenance",
                form("2018-04-01", supplier, null, "75", "=1+2; ligne")).status(), is(201));

        Api.Reply csv = staff().get("api/equipment/costs.csv?school=" + SCHOOL);
        assertThat(csv.status(), is(200));
        assertThat(csv.contentType(), startsWith("text/csv"));
        assertThat(csv.body(), startsWith("\uFEFFAnnée;"));
        List<String> lines = csv.body().lines().toList();
        String line = lines.stream().filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(line, containsString(";\"'=HYPERLINK("));
        assertThat(line, not(containsString(";=HYPERLINK(")));
        assertThat(line, containsString("'=1+2"));
        assertThat(line, containsString(";75,00"));

        byte[] excel = staff().bytes("api/equipment/costs.xlsx?school=" + SCHOOL);
        assertThat(new String(excel, 0, 2, StandardCharsets.ISO_8859_1), is("PK"));
        assertThat(staff().get("api/equipment/costs?school=").status(), is(400));
    }
}
