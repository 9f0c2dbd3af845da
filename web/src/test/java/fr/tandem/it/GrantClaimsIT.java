package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Grant claims on Payara Micro, over data made through the plan's REST API: the preview finds the
 * lines of the programme delivered and last paid within the period, with their amounts; a claim
 * freezes them (a change is refused with its reason); a line is never claimed twice, neither by a
 * second claim over the same period nor by eight claims made at once over overlapping lines; the
 * envelope caps; cancelling lets the lines go; the funder's payment; the files are the same at every
 * download and keep hostile text inert; who may do what.
 */
class GrantClaimsIT extends ApiTestBase {

    private static final String SCHOOL = "0349104L";
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.test\",\"x\") <script>alert(1)</script>";
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private Api as(String username) {
        return new Api(url).as(username, PASSWORD);
    }

    private static long id(Api.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A plan of Béziers for 2024–2027 with a TNE envelope (70 %, {@code tneCeiling}) and a département one (20 %). */
    private long plan(String tneCeiling) {
        Api.Reply created = as("dsi").postJson("api/plans", """
                {"title":"Plan des demandes %d","firstYear":2024,"lastYear":2026,"envelopes":[
                 {"programme":"TNE","rate":70,"amount":%s},{"programme":"DEPARTEMENT","rate":20,"amount":null},
                 {"programme":"CITY","rate":100,"amount":null}]}""".formatted(System.nanoTime(), tneCeiling));
        assertThat(created.body(), created.status(), is(201));
        return id(created);
    }

    /** A line of the plan (school empty: the whole city), rate empty for the envelope's; answers its id. */
    private long line(long plan, String school, String kind, String type, String label, String programme, String rate,
                      String unitCost) {
        Api.Reply created = as("dsi").postJson("api/plans/" + plan + "/lines", """
                {"schoolUai":%s,"schoolYear":2025,"kind":"%s","equipmentType":%s,"label":"%s","quantity":1,
                 "unitCost":%s,"programme":"%s","grantRate":%s}""".formatted(school == null ? "null" : "\"" + school + "\"",
                kind, type == null ? "null" : "\"" + type + "\"", label.replace("\\", "\\\\").replace("\"", "\\\""),
                unitCost, programme, rate == null ? "null" : rate));
        assertThat(created.body(), created.status(), is(201));
        return id(created);
    }

    private void move(long plan, long line, String state, String on) {
        Api.Reply moved = as("dsi").postJson("api/plans/" + plan + "/lines/" + line + "/state", """
                {"state":"%s","on":"%s","reference":"BC-%d"}""".formatted(state, on, line));
        assertThat(moved.body(), moved.status(), is(200));
    }

    private Api.Reply invoice(long plan, long line, String reference, String amount, String paidOn) {
        return as("dsi").postJson("api/plans/" + plan + "/lines/" + line + "/invoices", """
                {"reference":"%s","issuedOn":"2026-01-05","amount":%s,"paidOn":%s}""".formatted(reference, amount,
                paidOn == null ? "null" : "\"" + paidOn + "\""));
    }

    /** A delivered line with one invoice per amount, paid on the given day. */
    private long paidLine(long plan, String school, String label, String programme, String rate, String paidOn,
                          String... amounts) {
        long line = line(plan, school, school == null ? "TRAINING" : "EQUIPMENT",
                school == null ? null : "INTERACTIVE_SCREEN", label, programme, rate, "3000");
        move(plan, line, "DELIVERED", "2026-01-04");
        for (int i = 0; i < amounts.length; i++) {
            Api.Reply added = invoice(plan, line, "F-" + line + "-" + i, amounts[i], paidOn);
            assertThat(added.body(), added.status(), is(201));
        }
        return line;
    }

    private static String request(long plan, String programme, LocalDate from, LocalDate to, List<Long> lines) {
        return """
                {"planId":%d,"programme":"%s","from":"%s","to":"%s","lineIds":%s,"note":"Dossier %s"}"""
                .formatted(plan, programme, from, to, lines.toString(), HOSTILE.replace("\"", "\\\""));
    }

    private Api.Reply preview(Api who, long plan, String programme, LocalDate from, LocalDate to) {
        return who.postJson("api/grant-claims/preview", request(plan, programme, from, to, List.of()));
    }

    private Api.Reply create(Api who, long plan, List<Long> lines) {
        return who.postJson("api/grant-claims", request(plan, "TNE", FROM, TO, lines));
    }

    private static List<Long> lineIds(JsonArray lines, String key) {
        return lines.stream().map(JsonValue::asJsonObject).filter(l -> l.containsKey(key) && !l.isNull(key))
                .map(l -> l.getJsonNumber(key).longValue()).toList();
    }

    private static BigDecimal amount(JsonObject object, String key) {
        return object.getJsonNumber(key).bigDecimalValue();
    }

    private JsonObject planLine(long plan, long line) {
        return as("dsi").get("api/plans/" + plan + "/lines/" + line).json();
    }

    @Test
    void thePreviewFindsTheLinesPaidInThePeriodAndTheClaimFreezesThem() {
        long plan = plan("50000");
        long screens = paidLine(plan, SCHOOL, "ENI salle 3", "TNE", null, "2026-03-10", "6000", "5000");
        long training = paidLine(plan, null, "Formation ENI", "TNE", "50", "2026-04-01", "1234.57");
        paidLine(plan, SCHOOL, "Payée en juillet", "TNE", null, "2026-07-05", "900");
        long ordered = line(plan, SCHOOL, "EQUIPMENT", "TABLET", "Commandée", "TNE", null, "100");
        move(plan, ordered, "ORDERED", "2026-01-04");
        assertThat(invoice(plan, ordered, "F-O", "100", "2026-02-01").status(), is(201));
        paidLine(plan, SCHOOL, "Du département", "DEPARTEMENT", null, "2026-03-01", "1000");
        paidLine(plan, SCHOOL, "De la ville", "CITY", null, "2026-03-01", "1000");
        long unpaid = paidLine(plan, SCHOOL, "Pas payée", "TNE", null, null, "800");

        Api.Reply previewed = preview(as("dsi"), plan, "TNE", FROM, TO);
        assertThat(previewed.body(), previewed.status(), is(200));
        JsonObject preview = previewed.json();
        assertThat(lineIds(preview.getJsonArray("lines"), "lineId"), is(List.of(screens, training)));
        JsonObject first = preview.getJsonArray("lines").getJsonObject(0);
        assertThat(amount(first, "paidBase"), is(new BigDecimal("11000.00")));
        assertThat(amount(first, "rate"), is(new BigDecimal("70.00")));
        assertThat(amount(first, "amount"), is(new BigDecimal("7700.00")));
        assertThat(first.getString("lastPaidOn"), is("2026-03-10"));
        assertThat("50 % of 1 234,57 to the cent", amount(preview.getJsonArray("lines").getJsonObject(1), "amount"),
                is(new BigDecimal("617.29")));
        assertThat(amount(preview, "amount"), is(new BigDecimal("8317.29")));
        assertThat(amount(preview, "paidBase"), is(new BigDecimal("12234.57")));
        assertThat(amount(preview, "remaining"), is(new BigDecimal("50000.00")));
        assertThat(preview.getBoolean("capped"), is(false));
        assertThat(lineIds(preview(as("dsi"), plan, "DEPARTEMENT", FROM, TO).json().getJsonArray("lines"), "lineId")
                .size(), is(1));

        Api.Reply made = create(as("dsi"), plan, List.of(training, screens));
        assertThat(made.body(), made.status(), is(201));
        long claim = id(made);
        assertThat(made.location(), containsString("/api/grant-claims/" + claim));
        JsonObject detail = as("dsi").get("api/grant-claims/" + claim).json();
        String reference = detail.getString("reference");
        assertThat(reference, matchesPattern("TNE-20\\d\\d-\\d{3}"));
        assertThat(detail.getString("status"), is("SUBMITTED"));
        assertThat(amount(detail, "amountClaimed"), is(new BigDecimal("8317.29")));
        assertThat(detail.getString("cityName"), is("Béziers"));
        assertThat("in the preview's order", lineIds(detail.getJsonArray("lines"), "planLineId"),
                is(List.of(screens, training)));
        JsonObject screensClaimed = detail.getJsonArray("lines").getJsonObject(0);
        assertThat(screensClaimed.getJsonArray("invoices").size(), is(2));
        assertThat(screensClaimed.getJsonArray("invoices").getJsonObject(0).getString("reference"),
                is("F-" + screens + "-0"));
        assertThat(detail.getJsonArray("bySchool").size(), is(2));

        assertThat(planLine(plan, screens).getString("claimReference"), is(reference));
        Api.Reply changed = invoice(plan, screens, "F-late", "10", "2026-05-01");
        assertThat(changed.body(), changed.status(), is(400));
        assertThat(changed.body(), containsString("couverte par la demande de subvention " + reference));
        assertThat(planLine(plan, screens).getJsonArray("invoices").size(), is(2));

        assertThat("a second claim over the same period finds nothing",
                preview(as("dsi"), plan, "TNE", FROM, TO).json().getJsonArray("lines"), is(empty()));
        Api.Reply again = create(as("dsi"), plan, List.of(screens));
        assertThat(again.body(), again.status(), is(409));
        assertThat(again.body(), containsString("couverte par la demande de subvention " + reference));
        Api.Reply mixed = create(as("dsi"), plan, List.of(unpaid));
        assertThat(mixed.body(), mixed.status(), is(409));
        assertThat(mixed.body(), containsString("Pas payée"));
        assertThat(as("dsi").get("api/grant-claims?plan=" + plan).structure().asJsonArray().size(), is(1));
    }

    @Test
    void eightClaimsMadeAtOnceOverOverlappingLinesLeaveEachLineInOneClaim() throws Exception {
        long plan = plan("null");
        List<Long> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.add(paidLine(plan, SCHOOL, "Course " + i, "TNE", null, "2026-02-0" + (i + 1), "1000"));
        }
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                List<Long> pair = List.of(lines.get(i % 4), lines.get((i + 1) % 4));
                Callable<Api.Reply> call = () -> {
                    start.await();
                    return create(as("dsi"), plan, pair);
                };
                replies.add(pool.submit(call));
            }
            start.countDown();
            int created = 0;
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                if (r.status() == 201) {
                    created++;
                } else {
                    assertThat(r.body(), r.status(), is(409));
                    assertThat(r.body(), containsString("couverte par la demande de subvention"));
                }
            }
            assertThat(created, greaterThan(0));
            assertThat("two disjoint pairs at most", created, lessThanOrEqualTo(2));
            List<JsonObject> claims = as("dsi").get("api/grant-claims?plan=" + plan).structure().asJsonArray().stream()
                    .map(JsonValue::asJsonObject).toList();
            assertThat(claims.size(), is(created));
            Set<Long> claimed = new HashSet<>();
            for (JsonObject claim : claims) {
                JsonObject detail = as("dsi").get("api/grant-claims/" + claim.getJsonNumber("id")).json();
                for (long line : lineIds(detail.getJsonArray("lines"), "planLineId")) {
                    assertThat("line " + line + " in one claim only", claimed.add(line), is(true));
                    assertThat(planLine(plan, line).getString("claimReference"), is(claim.getString("reference")));
                }
            }
            assertThat(claimed.size(), is(2 * created));
            for (long line : lines) {
                if (!claimed.contains(line)) {
                    assertThat(planLine(plan, line).containsKey("claimReference"), is(false));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theEnvelopeCapsCancellingLetsTheLinesGoAndTheFundersPaymentIsRecorded() {
        long plan = plan("1000");
        long first = paidLine(plan, SCHOOL, "Premier", "TNE", null, "2026-02-01", "1000");
        long second = paidLine(plan, SCHOOL, "Second", "TNE", null, "2026-02-02", "1000");
        long third = paidLine(plan, SCHOOL, "Troisième", "TNE", null, "2026-02-03", "1000");
        JsonObject preview = preview(as("dsi"), plan, "TNE", FROM, TO).json();
        assertThat(preview.getBoolean("capped"), is(true));
        assertThat(preview.getJsonArray("lines").stream().map(l -> amount(l.asJsonObject(), "amount")).toList(),
                is(List.of(new BigDecimal("700.00"), new BigDecimal("300.00"), new BigDecimal("0.00"))));
        Api.Reply beyond = create(as("dsi"), plan, List.of(first, second, third));
        assertThat(beyond.body(), beyond.status(), is(409));
        assertThat(beyond.body(), containsString("refaites l'aperçu"));
        assertThat("nothing half-written", planLine(plan, first).containsKey("claimReference"), is(false));

        Api.Reply made = create(as("dsi"), plan, List.of(first, second));
        assertThat(made.body(), made.status(), is(201));
        JsonObject claim = made.json();
        assertThat(amount(claim, "amountClaimed"), is(new BigDecimal("1000.00")));
        Api.Reply exhausted = create(as("dsi"), plan, List.of(third));
        assertThat(exhausted.status(), is(409));
        assertThat(exhausted.body(), containsString("enveloppe"));

        long id = claim.getJsonNumber("id").longValue();
        assertThat(as("elue").post("api/grant-claims/" + id + "/cancellation", "application/json", new byte[0]).status(),
                is(403));
        Api.Reply cancelled = as("dsi").post("api/grant-claims/" + id + "/cancellation", "application/json", new byte[0]);
        assertThat(cancelled.body(), cancelled.json().getString("status"), is("CANCELLED"));
        assertThat(lineIds(cancelled.json().getJsonArray("lines"), "planLineId"), is(empty()));
        assertThat(cancelled.json().getJsonArray("lines").size(), is(2));
        assertThat(planLine(plan, first).containsKey("claimReference"), is(false));
        assertThat("the line can change again", invoice(plan, first, "F-after", "10", null).status(), is(201));
        Api.Reply twice = as("dsi").post("api/grant-claims/" + id + "/cancellation", "application/json", new byte[0]);
        assertThat(twice.status(), is(400));

        Api.Reply remade = create(as("dsi"), plan, List.of(first, second));
        assertThat(remade.body(), remade.status(), is(201));
        assertThat(remade.json().getString("reference"), not(claim.getString("reference")));
        long paid = id(remade);
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
        Api.Reply tooMuch = as("dsi").postJson("api/grant-claims/" + paid + "/payment",
                "{\"amount\":1000.01,\"receivedOn\":\"" + today + "\"}");
        assertThat(tooMuch.status(), is(400));
        assertThat(tooMuch.body(), containsString("montant demandé"));
        Api.Reply received = as("dsi").postJson("api/grant-claims/" + paid + "/payment",
                "{\"amount\":950,\"receivedOn\":\"" + today + "\"}");
        assertThat(received.body(), received.json().getString("status"), is("PAID"));
        assertThat(amount(received.json(), "amountReceived"), is(new BigDecimal("950.00")));
        assertThat(as("dsi").post("api/grant-claims/" + paid + "/cancellation", "application/json", new byte[0])
                .status(), is(400));
    }

    @Test
    void badRequestsAreRefusedWithTheirReason() {
        long plan = plan("null");
        Api.Reply backwards = preview(as("dsi"), plan, "TNE", TO, FROM);
        assertThat(backwards.status(), is(400));
        assertThat(backwards.body(), containsString("période"));
        Api.Reply city = preview(as("dsi").inLanguage("en"), plan, "CITY", FROM, TO);
        assertThat(city.status(), is(400));
        assertThat(city.body(), containsString("city"));
        Api.Reply none = create(as("dsi"), plan, List.of());
        assertThat(none.status(), is(400));
        assertThat(as("dsi").postJson("api/grant-claims", "").status(), is(400));
        assertThat(as("dsi").get("api/grant-claims/99999999").status(), is(404));
    }

    @Test
    void theFilesAreTheSameAtEveryDownloadAndKeepHostileTextInert() throws IOException {
        long plan = plan("null");
        long line = paidLine(plan, SCHOOL, HOSTILE, "TNE", null, "2026-03-10", "6000", "5000");
        Api.Reply made = create(as("dsi"), plan, List.of(line));
        assertThat(made.body(), made.status(), is(201));
        long claim = id(made);
        String reference = made.json().getString("reference");

        Api.Reply pdfReply = as("elue").get("api/grant-claims/" + claim + "/claim.pdf");
        assertThat(pdfReply.status(), is(200));
        assertThat(pdfReply.contentType(), containsString("application/pdf"));
        String pdf = pdfText(as("dsi").bytes("api/grant-claims/" + claim + "/claim.pdf"));
        assertThat(pdfText(as("dsi").bytes("api/grant-claims/" + claim + "/claim.pdf")), is(pdf));
        assertThat(pdf, containsString("Demande de subvention " + reference));
        assertThat(pdf, containsString("7 700,00 €"));
        assertThat(pdf, containsString("F-" + line + "-0, F-" + line + "-1"));
        assertThat(pdf.replaceAll("\\s+", " "), containsString("<script>alert(1)</script>"));
        assertThat(pdfText(as("dsi").bytes("api/grant-claims/" + claim + "/claim.pdf?lang=en")),
                containsString("Grant claim " + reference));

        Api.Reply excelReply = as("dsi").get("api/grant-claims/" + claim + "/claim.xlsx");
        assertThat(excelReply.contentType(), containsString("spreadsheetml"));
        List<List<String>> cells = cells(as("dsi").bytes("api/grant-claims/" + claim + "/claim.xlsx"));
        assertThat(cells(as("dsi").bytes("api/grant-claims/" + claim + "/claim.xlsx")), is(cells));
        assertThat(cells.size(), is(4));
        assertThat(cells.get(1).get(3), is(HOSTILE));
        assertThat(cells.get(1).get(5), is("F-" + line + "-0"));
        assertThat(cells.get(3).get(10), is("7700"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                as("dsi").bytes("api/grant-claims/" + claim + "/claim.xlsx")))) {
            assertThat("a label is text, never a formula", workbook.getSheetAt(0).getRow(1).getCell(3).getCellType(),
                    is(CellType.STRING));
        }
        assertThat(cells(as("dsi").bytes("api/grant-claims/" + claim + "/claim.xlsx?lang=en")).get(0).get(5),
                is("Invoice"));

        PageBrowser staff = new PageBrowser(url);
        staff.login("dsi", PASSWORD);
        String page = staff.get("plan/claim.xhtml?id=" + claim).body();
        assertThat(page, containsString(reference));
        assertThat(page, not(containsString("<script>alert(1)</script>")));
        assertThat(page, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void cityStaffManageTheirCitysClaimsCouncillorsReadThemAndOthersAreRefused() {
        long plan = plan("null");
        long line = paidLine(plan, SCHOOL, "Rôles", "TNE", null, "2026-03-10", "1000");
        long claim = id(create(as("dsi"), plan, List.of(line)));
        assertThat(ids(as("elue").get("api/grant-claims")), hasItem(claim));
        assertThat(as("elue").get("api/grant-claims/" + claim).json().getBoolean("manageable"), is(false));
        assertThat(as("elue").get("api/grant-claims/" + claim + "/claim.xlsx").status(), is(200));
        assertThat(preview(as("elue"), plan, "TNE", FROM, TO).status(), is(403));
        assertThat(as("admin").get("api/grant-claims/" + claim).json().getBoolean("manageable"), is(true));
        for (String other : List.of("dsi.villeneuve", "elue.villeneuve")) {
            assertThat(other, as(other).get("api/grant-claims/" + claim).status(), is(404));
            assertThat(other, ids(as(other).get("api/grant-claims")), not(hasItem(claim)));
            assertThat(other, as(other).get("api/grant-claims/" + claim + "/claim.pdf").status(), is(404));
        }
        assertThat(preview(as("dsi.villeneuve"), plan, "TNE", FROM, TO).status(), is(404));
        for (String refused : List.of("ien", "directrice", "enseignant", "formateur")) {
            assertThat(refused, as(refused).get("api/grant-claims").status(), is(403));
            assertThat(refused, as(refused).get("api/grant-claims/" + claim + "/claim.pdf").status(), is(403));
        }
        assertThat(api.get("api/grant-claims").status(), is(401));
        PageBrowser councillor = new PageBrowser(url);
        councillor.login("elue", PASSWORD);
        String page = councillor.get("plan/claims.xhtml").body();
        assertThat(page, containsString("Demandes de subvention"));
        assertThat(page, not(containsString("claim-preview")));
        PageBrowser teacher = new PageBrowser(url);
        teacher.login("enseignant", PASSWORD);
        assertThat(teacher.get("plan/claims.xhtml").statusCode(), is(403));
    }

    private static List<Long> ids(Api.Reply reply) {
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toList());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        return text.toString();
    }

    /** Every cell of the first sheet as it shows (numbers without grouping). */
    private static List<List<String>> cells(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    Cell cell = row.getCell(column);
                    values.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(values);
            }
            return rows;
        }
    }
}
