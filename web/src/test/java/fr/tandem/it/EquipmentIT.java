package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The equipment inventory on Payara Micro: city staff add, move and change items with their
 * history kept; serial numbers are unique; teachers see their own school's items without prices;
 * the CSV import reports each line and changes nothing the second time; export; labels carrying
 * the absolute address of the item's report page; demo
 * equipment in every demo school; a list counts its items exactly up to a bound and says "more" beyond.
 */
class EquipmentIT extends ApiTestBase {

    /** The demo school of the demo head teacher and teacher. */
    private static final String SCHOOL = "0349104L";
    private static final String OTHER_SCHOOL = "0349101H";
    /** A demo school that receives more items than a list counts exactly. */
    private static final String MANY_ITEMS_SCHOOL = "0349130P";

    private static String serial(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    private static String form(String serial, String uai, String room, Long version) {
        return """
                {"serialNumber":"%s","schoolUai":"%s","type":"INTERACTIVE_SCREEN","brand":"Speechi","model":"S-86",
                 "room":"%s","purchaseDate":"2025-09-01","price":4000,"tneAmount":2400,"warrantyEnd":"2030-08-31"%s}"""
                .formatted(serial, uai, room, version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void cityStaffAddMoveAndBreakAnItemAndItsHistoryFollows() {
        String serial = serial("eni");
        Api.Reply created = api.as("dsi", PASSWORD).postJson("api/equipment", form(serial, SCHOOL, "CP", null));
        assertThat(created.body(), created.status(), is(201));
        JsonObject item = created.json();
        assertThat(item.getString("serialNumber"), is(serial.toUpperCase()));
        assertThat(item.getString("status"), is("IN_SERVICE"));
        assertThat(created.location(), containsString("/api/equipment/" + item.getJsonNumber("id").longValue()));

        long id = item.getJsonNumber("id").longValue();
        Api.Reply moved = api.putJson("api/equipment/" + id,
                form(serial, OTHER_SCHOOL, "CM2", item.getJsonNumber("version").longValue()));
        assertThat(moved.body(), moved.status(), is(200));
        Api.Reply stale = api.putJson("api/equipment/" + id, form(serial, SCHOOL, "CP", item.getJsonNumber("version").longValue()));
        assertThat(stale.status(), is(409));

        Api.Reply broken = api.putJson("api/equipment/" + id + "/status", "{\"status\":\"BROKEN\",\"note\":\"Écran fissuré\"}");
        assertThat(broken.body(), broken.json().getString("status"), is("BROKEN"));

        JsonArray history = api.get("api/equipment/" + id + "/history").structure().asJsonArray();
        assertThat(history.size(), is(3));
        assertThat(history.getJsonObject(0).getString("kind"), is("CREATED"));
        assertThat(history.getJsonObject(1).getString("kind"), is("MOVED"));
        assertThat(history.getJsonObject(1).getString("from"), is(SCHOOL + " / CP"));
        assertThat(history.getJsonObject(1).getString("to"), is(OTHER_SCHOOL + " / CM2"));
        assertThat(history.getJsonObject(2).getString("to"), is("BROKEN"));
        assertThat(history.getJsonObject(2).getString("by"), is("dsi"));

        Api.Reply duplicate = api.postJson("api/equipment", form(serial.toLowerCase(), SCHOOL, "CP", null));
        assertThat(duplicate.status(), is(409));
        assertThat(duplicate.contentType(), startsWith("application/problem+json"));
        assertThat(duplicate.json().getString("detail"), containsString(serial.toUpperCase()));

        Api.Reply tooMuchTne = api.inLanguage("en").postJson("api/equipment",
                form(serial("x"), SCHOOL, "CP", null).replace("\"tneAmount\":2400", "\"tneAmount\":4001"));
        assertThat(tooMuchTne.status(), is(400));
        assertThat(tooMuchTne.json().getString("detail"), is("The TNE share must be between 0 and the price."));
    }

    @Test
    void teachersSeeOnlyTheirSchoolsEquipmentWithoutPricesAndChangeNothing() {
        long elsewhere = api.as("dsi", PASSWORD).postJson("api/equipment", form(serial("tab"), OTHER_SCHOOL, "CP", null))
                .json().getJsonNumber("id").longValue();

        JsonObject page = api.as("enseignant", PASSWORD).get("api/equipment?size=500").json();
        assertThat(page.getJsonNumber("total").longValue(), greaterThan(0L));
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items.stream().map(i -> i.getString("schoolUai")).toList(), everyItem(is(SCHOOL)));
        assertThat(items.stream().map(i -> i.containsKey("price")).toList(), everyItem(is(false)));

        assertThat(api.get("api/equipment/" + elsewhere).status(), is(404));
        assertThat(api.postJson("api/equipment", form(serial("no"), SCHOOL, "CP", null)).status(), is(403));
        assertThat(api.get("api/equipment/export.csv").status(), is(403));
    }

    @Test
    void theImportReportsEachLineAndChangesNothingTheSecondTime() {
        String a = serial("IMP-A");
        String b = serial("IMP-B");
        String c = serial("IMP-C");
        String csv = "\uFEFFnumero_serie;type;marque;modele;uai;salle;date_achat;prix;part_tne;fin_garantie;statut\r\n"
                + a + ";ENI;Speechi;S-75;" + SCHOOL + ";CE1;01/09/2025;3 490,00;2094;2030-08-31;en service\r\n"
                + b + ";TABLET;Apple;iPad;" + SCHOOL + ";CP;;450.5;;;\r\n"
                + c + ";visualiseur;IPEVO;V4K;" + OTHER_SCHOOL + ";;;;;;EN PANNE\r\n"
                + "BAD-1;fusée;Ariane;;" + SCHOOL + ";;;;;;\r\n"
                + "BAD-2;LAPTOP;Lenovo;;0349104M;;;;;;\r\n"
                + a + ";LAPTOP;Lenovo;;" + SCHOOL + ";;;;;;\r\n";
        JsonObject report = api.as("dsi", PASSWORD).post("api/equipment/import", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.toString(), report.getInt("created"), is(3));
        assertThat(report.getInt("skipped"), is(3));
        List<JsonObject> lines = report.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines.get(0).getInt("line"), is(2));
        assertThat(lines.get(3).getInt("line"), is(5));
        assertThat(lines.get(3).getString("outcome"), is("SKIPPED"));
        assertThat(lines.get(3).getString("reason"), containsString("fusée"));
        assertThat(lines.get(4).getString("reason"), containsString("0349104M"));
        assertThat(lines.get(5).getString("reason"), containsString("ligne 2"));

        JsonObject again = api.post("api/equipment/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(again.getInt("created"), is(0));
        assertThat(again.getInt("updated"), is(0));
        assertThat(again.getInt("unchanged"), is(3));

        JsonObject first = api.get("api/equipment?q=" + a).json().getJsonArray("items").getJsonObject(0);
        assertThat(first.getJsonNumber("price").doubleValue(), is(3490.0));
        assertThat(first.getString("purchaseDate"), is("2025-09-01"));
        assertThat(api.get("api/equipment?q=" + c).json().getJsonArray("items").getJsonObject(0).getString("status"),
                is("BROKEN"));

        byte[] export = api.bytes("api/equipment/export.csv?school=" + SCHOOL);
        String exported = new String(export, StandardCharsets.UTF_8);
        assertThat(exported, startsWith("\uFEFFnumero_serie;type;marque"));
        assertThat(exported, containsString(a.toUpperCase() + ";INTERACTIVE_SCREEN;Speechi;S-75;" + SCHOOL + ";CE1;2025-09-01;3490.00;2094.00;2030-08-31;IN_SERVICE"));
        JsonObject reimported = api.post("api/equipment/import", "text/csv", export).json();
        assertThat(reimported.getInt("skipped"), is(0));
        assertThat(reimported.getInt("created") + reimported.getInt("updated"), is(0));
    }

    @Test
    void formulaLikeTextIsExportedAsTextAndImportsBackTheSame() {
        String serial = serial("CSV");
        String model = "=HYPERLINK(\"http://evil.example\";\"clic\")";
        String body = form(serial, OTHER_SCHOOL, "@SUM(1+1)", null).replace("\"brand\":\"Speechi\"", "\"brand\":\"+Speechi\"")
                .replace("\"model\":\"S-86\"", "\"model\":\"" + model.replace("\"", "\\\"") + "\"");
        Api.Reply created = api.as("dsi", PASSWORD).postJson("api/equipment", body);
        assertThat(created.body(), created.status(), is(201));

        String exported = new String(api.bytes("api/equipment/export.csv?q=" + serial), StandardCharsets.UTF_8);
        assertThat(exported, containsString(serial.toUpperCase()
                + ";INTERACTIVE_SCREEN;'+Speechi;\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\";" + OTHER_SCHOOL + ";'@SUM(1+1);"));
        JsonObject reimported = api.post("api/equipment/import", "text/csv", exported.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(reimported.toString(), reimported.getInt("unchanged"), is(1));
        JsonObject item = api.get("api/equipment?q=" + serial).json().getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("brand"), is("+Speechi"));
        assertThat(item.getString("model"), is(model));
        assertThat(item.getString("room"), is("@SUM(1+1)"));
    }

    @Test
    void theCouncillorReadsTheEquipmentOfEveryDemoSchoolWithoutPrices() {
        long moved = api.as("dsi", PASSWORD).postJson("api/equipment", form(serial("elu"), OTHER_SCHOOL, "CP", null))
                .json().getJsonNumber("id").longValue();
        JsonObject page = api.as("elue", PASSWORD).get("api/equipment?size=500").json();
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items.stream().map(i -> i.getString("schoolUai")).collect(Collectors.toSet()).size(), greaterThan(10));
        assertThat(items.stream().map(i -> i.containsKey("price") || i.containsKey("tneAmount")).toList(),
                everyItem(is(false)));
        long elsewhere = items.stream().filter(i -> i.getString("schoolUai").equals(OTHER_SCHOOL)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        assertThat(api.get("api/equipment/" + elsewhere).status(), is(200));
        JsonArray history = api.get("api/equipment/" + moved + "/history").structure().asJsonArray();
        assertThat(history.size(), is(1));
        assertThat("no personal data: who did it is left out", history.getJsonObject(0).containsKey("by"), is(false));
        assertThat(api.postJson("api/equipment", form(serial("no"), SCHOOL, "CP", null)).status(), is(403));
    }

    @Test
    void aListOfMoreThanAThousandItemsSaysSoAndStillPages() {
        // serials sorting after every other item's, in a demo school no other test reads, so that other tests' pages keep their rows
        String prefix = "ZZBOUND" + System.nanoTime();
        StringBuilder csv = new StringBuilder("numero_serie;type;marque;modele;uai;salle;date_achat;prix;part_tne;fin_garantie;statut\r\n");
        for (int i = 0; i < 1_001; i++) {
            csv.append(prefix).append(String.format("-%04d", i)).append(";TABLET;Apple;iPad;").append(MANY_ITEMS_SCHOOL)
                    .append(";CP;;;;;\r\n");
        }
        JsonObject report = api.as("dsi", PASSWORD).post("api/equipment/import", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.toString(), report.getInt("created"), is(1_001));

        JsonObject all = api.get("api/equipment?q=" + prefix).json();
        assertThat("more than the bound: a lower bound, said to be one", all.getJsonNumber("total").longValue(), is(1_001L));
        assertThat(all.getBoolean("totalExact"), is(false));
        assertThat(all.getJsonArray("items").size(), is(20));
        JsonObject last = api.get("api/equipment?q=" + prefix + "&first=1000").json();
        assertThat("the page past the bound still answers its row", last.getJsonArray("items").getJsonObject(0)
                .getString("serialNumber"), is(prefix.toUpperCase() + "-1000"));
        Api.Reply beyond = api.get("api/equipment?q=" + prefix + "&first=1020");
        assertThat("a page past every row is empty, not refused", beyond.status(), is(200));
        assertThat(beyond.json().getJsonArray("items").size(), is(0));

        JsonObject ten = api.get("api/equipment?q=" + prefix + "-099").json();
        assertThat(ten.getJsonNumber("total").longValue(), is(10L));
        assertThat(ten.getBoolean("totalExact"), is(true));

        JsonObject trail = api.as("admin", PASSWORD).get("api/audit?type=Equipment&size=1").json();
        assertThat("every item's creation is in the audit trail", trail.getBoolean("totalExact"), is(false));
        assertThat(trail.getJsonNumber("total").longValue(), is(1_001L));
    }

    @Test
    void aFileOfTheWrongStructureImportsNothing() {
        String csv = "serial,type\r\nX-1,ENI\r\n";
        Api.Reply refused = api.as("dsi", PASSWORD).post("api/equipment/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status(), is(400));
        assertThat(refused.json().getString("detail"), containsString("numero_serie"));
    }

    /** The public address the deployment under test is configured with: the default of {@code tandem.publicUrl}. */
    private static final String REPORT_PAGE = "http://localhost:8080/support/new.xhtml?equipment=";

    @Test
    void labelsArePdfsForOneItemAndForAWholeSchoolWhoseQrCodesOpenThePublicAddress() throws IOException {
        long id = api.as("dsi", PASSWORD).get("api/equipment?school=" + SCHOOL + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        byte[] label = api.bytes("api/equipment/" + id + "/label.pdf");
        assertThat(new String(label, 0, 5, StandardCharsets.US_ASCII), is("%PDF-"));
        String printed = new PdfTextExtractor(new PdfReader(label)).getTextFromPage(1).replaceAll("\\s", "");
        assertThat("the address reached by the test is not the public one", url.toString(), not(startsWith("http://localhost:8080/")));
        assertThat(printed, containsString(REPORT_PAGE + id));
        assertThat(LabelQrCodes.ofPage(new PdfReader(label), 1), is(List.of(REPORT_PAGE + id)));
        assertThat(new String(api.as("directrice", PASSWORD).bytes("api/equipment/labels.pdf?school=" + SCHOOL), 0, 5,
                StandardCharsets.US_ASCII), is("%PDF-"));
    }

    @Test
    void thirtyItemsChosenPrintOnTwoSheetsOfTwentyFourLabels() throws IOException {
        JsonArray items = api.as("dsi", PASSWORD).get("api/equipment?size=30").json().getJsonArray("items");
        assertThat(items.size(), is(30));
        List<Long> ids = items.getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
        PdfReader sheets = new PdfReader(api.bytes("api/equipment/labels.pdf?"
                + ids.stream().map(i -> "id=" + i).collect(Collectors.joining("&"))));
        assertThat(sheets.getNumberOfPages(), is(2));
        List<String> read = new ArrayList<>(LabelQrCodes.ofPage(sheets, 1));
        assertThat(read.size(), is(24));
        read.addAll(LabelQrCodes.ofPage(sheets, 2));
        assertThat(Set.copyOf(read), is(ids.stream().map(i -> REPORT_PAGE + i).collect(Collectors.toSet())));
    }

    @Test
    void everyDemoSchoolHasEquipmentAndTheDashboardSeesSpending() {
        JsonArray counts = api.as("dsi", PASSWORD).get("api/equipment/counts").structure().asJsonArray();
        Set<String> equipped = counts.getValuesAs(JsonObject.class).stream().map(c -> c.getString("schoolUai"))
                .collect(Collectors.toSet());
        Set<String> demoSchools = IntStream.range(101, 131).mapToObj(n -> "0349" + n)
                .collect(Collectors.toSet());
        assertThat(demoSchools.stream().allMatch(d -> equipped.stream().anyMatch(u -> u.startsWith(d))), is(true));
        JsonArray spending = api.get("api/equipment/spending").structure().asJsonArray();
        JsonObject screens = spending.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("type").equals("INTERACTIVE_SCREEN")).findFirst().orElseThrow();
        assertThat(screens.getJsonNumber("tne").doubleValue() + screens.getJsonNumber("city").doubleValue(),
                is(screens.getJsonNumber("total").doubleValue()));
        assertThat(api.as("enseignant", PASSWORD).get("api/equipment/counts").status(), is(403));
    }
}
