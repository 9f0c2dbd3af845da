package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the whole security matrix ({@code security-matrix.csv}: every page and REST endpoint, every
 * role and anonymous) against the running application: pages through a logged-in session per demo
 * account (the form login, as a browser does it, without following redirects), the API with HTTP Basic.
 * Ids in paths are demo data looked up as admin first. One dynamic test per cell, named after its row.
 */
class SecurityMatrixST extends SystemTestBase {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TABLE_BODY = Pattern.compile("(?s)<tbody[^>]*>(.*?)</tbody>");
    private static final String MISSING = "999999999";
    private static final String OWN_SCHOOL = "0349104L";
    /** A school of the demo's second city, Villeneuve-lès-Béziers. */
    private static final String VILLENEUVE_SCHOOL = "0349131R";

    /** The columns of the matrix after the anonymous one, in order. */
    private static final List<DemoAccount> COLUMNS = List.of(DemoAccount.ADMIN, DemoAccount.CITY_STAFF,
            DemoAccount.INSPECTOR, DemoAccount.HEAD_TEACHER, DemoAccount.TEACHER, DemoAccount.COUNCILLOR,
            DemoAccount.VILLENEUVE_CITY_STAFF, DemoAccount.VILLENEUVE_COUNCILLOR, DemoAccount.TRAINER);

    private final HttpClient anonymous = client(null);
    private final Map<DemoAccount, HttpClient> sessions = new EnumMap<>(DemoAccount.class);
    private final Map<String, String> ids = new HashMap<>();

    record Row(int line, String kind, String method, String path, String body, List<String> expected) {
        String name() {
            return "line " + line + " " + kind + " " + method + " " + path;
        }
    }

    @BeforeAll
    void lookUpDemoIds() {
        ids.put("missing", MISSING);
        JsonArray offers = array(apiCall("GET", "/api/training/offers", DemoAccount.ADMIN, "-"));
        ids.put("session", offers.stream().map(JsonValue::asJsonObject)
                .flatMap(o -> o.getJsonArray("sessions").stream())
                .map(s -> String.valueOf(s.asJsonObject().getJsonNumber("sessionId").longValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no demo training session")));
        // a session every teacher may see (a published départementale's), for the teacher's session page
        ids.put("departementaleSession", offers.stream().map(JsonValue::asJsonObject)
                .filter(o -> "DEPARTEMENTALE".equals(o.getString("category")) && "PUBLISHED".equals(o.getString("status")))
                .flatMap(o -> o.getJsonArray("sessions").stream()).map(JsonValue::asJsonObject)
                .filter(s -> !s.getBoolean("cancelled"))
                .map(s -> String.valueOf(s.getJsonNumber("sessionId").longValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no demo session of a published départementale")));
        // an offer of the inspector's own circonscription with a session, for the offer's page
        JsonObject inspectorOffer = array(apiCall("GET", "/api/training/offers", DemoAccount.INSPECTOR, "-")).stream()
                .map(JsonValue::asJsonObject).filter(o -> !o.getJsonArray("sessions").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no demo offer with a session for the inspector"));
        ids.put("inspectorOffer", String.valueOf(inspectorOffer.getJsonNumber("id").longValue()));
        ids.put("inspectorSession", String.valueOf(inspectorOffer.getJsonArray("sessions").getJsonObject(0)
                .getJsonNumber("sessionId").longValue()));
        // a session the demo trainer from outside the inspectorate runs and the demo inspector does not
        ids.put("trainerSession", Api.json(apiCall("GET", "/api/training/sessions-to-run", DemoAccount.TRAINER, "-"))
                .getJsonArray("upcoming").stream().map(JsonValue::asJsonObject)
                .filter(s -> !s.getJsonArray("trainerUsernames").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList().contains(DemoAccount.INSPECTOR.username()))
                .map(s -> String.valueOf(s.getJsonNumber("sessionId").longValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no demo session for the demo trainer alone")));
        // a licence with seats assigned, so that its assignments are data (other tests add licences without)
        ids.put("licence", array(apiCall("GET", "/api/licences", DemoAccount.ADMIN, "-")).stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getInt("assignedSeats") > 0)
                .map(l -> String.valueOf(l.getJsonNumber("id").longValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no demo licence with seats assigned")));
        JsonArray mine = array(apiCall("GET", "/api/support/requests/mine", DemoAccount.TEACHER, "-"));
        assertThat("the teacher has a demo request", mine.isEmpty(), is(false));
        ids.put("myRequest", String.valueOf(mine.getJsonObject(0).getJsonNumber("id").longValue()));
        ids.put("otherRequest", page(apiCall("GET", "/api/support/requests?open=false&size=500", DemoAccount.ADMIN, "-"))
                .stream().map(JsonValue::asJsonObject).filter(r -> !OWN_SCHOOL.equals(r.getString("schoolUai")))
                .map(r -> String.valueOf(r.getJsonNumber("id").longValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no demo request of another school")));
        ids.put("myEquipment", firstEquipment(OWN_SCHOOL));
        // the demo's open audit campaign of Béziers (issue 18), which expects the items of the demo school
        ids.put("auditCampaign", array(apiCall("GET", "/api/equipment/audits", DemoAccount.CITY_STAFF, "-")).stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getBoolean("open") && c.getString("name").endsWith("(démo)"))
                .map(c -> String.valueOf(c.getJsonNumber("id").longValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no open demo audit campaign")));
        ids.put("auditItem", String.valueOf(array(apiCall("GET", "/api/equipment/audits/" + ids.get("auditCampaign")
                + "/not-seen", DemoAccount.CITY_STAFF, "-")).getJsonObject(0).getJsonNumber("equipmentId").longValue()));
        ids.put("otherEquipment", firstEquipment("0349101H"));
        // the second city's objects, which Béziers' staff must not see (and the reverse, above)
        ids.put("villeneuveEquipment", firstEquipment(VILLENEUVE_SCHOOL));
        ids.put("villeneuveRequest", page(apiCall("GET", "/api/support/requests?open=false&size=500", DemoAccount.ADMIN, "-"))
                .stream().map(JsonValue::asJsonObject).filter(r -> VILLENEUVE_SCHOOL.equals(r.getString("schoolUai")))
                .map(r -> String.valueOf(r.getJsonNumber("id").longValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no demo request in Villeneuve-lès-Béziers")));
        ids.put("villeneuveCity", array(apiCall("GET", "/api/cities", DemoAccount.VILLENEUVE_CITY_STAFF, "-"))
                .stream().map(JsonValue::asJsonObject).map(c -> String.valueOf(c.getJsonNumber("id").longValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no city for dsi.villeneuve")));
        // the demo loans: a kit of Béziers' city pool with a reservation to come, and that reservation
        JsonArray myLoans = array(apiCall("GET", "/api/loans/reservations/mine", DemoAccount.TEACHER, "-"));
        JsonObject coming = myLoans.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("status").equals("APPROVED")).findFirst()
                .orElseThrow(() -> new AssertionError("no approved demo loan for the demo teacher"));
        ids.put("demoKit", String.valueOf(coming.getJsonNumber("kitId").longValue()));
        ids.put("myLoan", String.valueOf(coming.getJsonNumber("id").longValue()));
        // the demo digital plan of Béziers, and one of its lines the demo inspector may read (issue 19)
        ids.put("demoPlan", array(apiCall("GET", "/api/plans", DemoAccount.CITY_STAFF, "-")).stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("title").startsWith("Plan numérique des écoles de Béziers"))
                .map(p -> String.valueOf(p.getJsonNumber("id").longValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no demo digital plan")));
        ids.put("demoPlanLine", array(apiCall("GET", "/api/plans/" + ids.get("demoPlan") + "/lines", DemoAccount.INSPECTOR,
                "-")).stream().map(JsonValue::asJsonObject).map(l -> String.valueOf(l.getJsonNumber("id").longValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no demo plan line for the demo inspector")));
    }

    @TestFactory
    Stream<DynamicTest> everyPageAndEndpointAnswersEveryRoleAsTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            tests.add(DynamicTest.dynamicTest(row.name() + " [anonymous]",
                    () -> check(row, null, row.expected().get(0))));
            for (int i = 0; i < COLUMNS.size(); i++) {
                DemoAccount account = COLUMNS.get(i);
                String expected = row.expected().get(i + 1);
                tests.add(DynamicTest.dynamicTest(row.name() + " [" + account.username() + "]",
                        () -> check(row, account, expected)));
            }
        }
        return tests.stream();
    }

    @Test
    void aTeacherListsOnlyTheEquipmentOfItsOwnSchool() {
        JsonArray items = Api.json(api.get("/api/equipment?size=500", DemoAccount.TEACHER)).getJsonArray("items");
        assertThat(items.isEmpty(), is(false));
        assertThat(items.stream().map(i -> i.asJsonObject().getString("schoolUai")).toList(), everyItem(is(OWN_SCHOOL)));
    }

    @Test
    void aTeacherListsOnlyTheRequestsItReported() {
        JsonArray mine = array(apiCall("GET", "/api/support/requests/mine", DemoAccount.TEACHER, "-"));
        String me = Api.json(api.get("/api/me", DemoAccount.TEACHER)).getString("lastName");
        assertThat(mine.stream().map(r -> r.asJsonObject().getString("requesterName"))
                .filter(name -> !name.contains(me)).toList(), is(empty()));
    }

    @Test
    void theDashboardNamesNoTeacher() {
        JsonArray teachers = Api.json(apiCall("GET", "/api/accounts?role=TEACHER&size=500", DemoAccount.ADMIN, "-"))
                .getJsonArray("items");
        assertThat(teachers.isEmpty(), is(false));
        for (DemoAccount reader : List.of(DemoAccount.CITY_STAFF, DemoAccount.COUNCILLOR, DemoAccount.INSPECTOR,
                DemoAccount.ADMIN)) {
            for (String path : List.of("/api/dashboard", "/api/dashboard/export.csv")) {
                HttpResponse<String> answer = apiCall("GET", path, reader, "-");
                assertThat(path + " as " + reader.username(), answer.statusCode(), is(200));
                for (JsonValue teacher : teachers) {
                    String name = teacher.asJsonObject().getString("lastName");
                    assertThat(path + " as " + reader.username() + " names " + name, answer.body(),
                            not(containsString(name)));
                }
            }
        }
    }

    private void check(Row row, DemoAccount account, String expected) {
        String path = resolve(row.path());
        String who = account == null ? "anonymous" : account.username();
        String where = row.name() + " as " + who + " (" + path + ")";
        if (row.kind().equals("page")) {
            HttpResponse<String> page = send(account == null ? anonymous : session(account),
                    HttpRequest.newBuilder(uri(path)).header("Accept-Language", "fr").GET());
            String location = page.headers().firstValue("Location").orElse("");
            boolean toLogin = page.statusCode() / 100 == 3 && location.contains("login.xhtml");
            String actual = toLogin ? "login" : outcome(page.statusCode());
            if (expected.equals("data") && page.statusCode() == 200 && hasTableRows(page.body())) {
                actual = "data";
            }
            if (expected.equals("hidden") && (page.statusCode() == 403 || page.statusCode() == 404)) {
                actual = "hidden";
            }
            assertThat(where + ": expected " + expected + ", got " + page.statusCode() + " " + location,
                    actual, is(expected));
            assertNoStackTrace(page.body().replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]*>", " "));
            return;
        }
        HttpResponse<String> answer = apiCall(row.method(), path, account, row.body());
        String actual = outcome(answer.statusCode());
        if (expected.equals("hidden") && (answer.statusCode() == 403 || answer.statusCode() == 404)) {
            actual = "hidden";
        }
        if (expected.equals("data") && answer.statusCode() == 200 && hasData(answer)) {
            actual = "data";
        }
        assertThat(where + ": expected " + expected + ", got " + answer.statusCode() + " " + abbreviated(answer.body()),
                actual, is(expected));
        assertThat(where + " is not a server error", answer.statusCode() < 500, is(true));
        assertNoStackTrace(answer.body());
    }

    /**
     * Whether an allowed read answered something: a JSON array that is not empty, a JSON page whose
     * {@code items} are not, another JSON object holding a non-empty array somewhere, a CSV with more
     * than its header line.
     */
    static boolean hasData(HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/csv")) {
            return answer.body().lines().filter(l -> !l.isBlank()).count() > 1;
        }
        if (!type.startsWith("application/json")) {
            throw new AssertionError("'data' is for JSON and CSV answers, not " + type);
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.OBJECT && value.asJsonObject().containsKey("items")) {
                return !value.asJsonObject().getJsonArray("items").isEmpty();
            }
            return holdsAnArrayWithData(value);
        }
    }

    private static boolean holdsAnArrayWithData(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> !value.asJsonArray().isEmpty();
            case OBJECT -> value.asJsonObject().values().stream().anyMatch(SecurityMatrixST::holdsAnArrayWithData);
            default -> false;
        };
    }

    /** Whether a page shows a table with at least one row of data (not PrimeFaces' "no records" row). */
    static boolean hasTableRows(String html) {
        Matcher body = TABLE_BODY.matcher(html);
        while (body.find()) {
            if (body.group(1).contains("<tr") && !body.group(1).contains("ui-datatable-empty-message")) {
                return true;
            }
        }
        return false;
    }

    /** 401 and 403 stand for themselves, any other answer is an allowed call (its result depends on data). */
    private static String outcome(int status) {
        return status == 401 || status == 403 ? String.valueOf(status) : "ok";
    }

    private HttpResponse<String> apiCall(String method, String path, DemoAccount account, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(resolve(path))).header("Accept", "application/json, */*;q=0.5").header("Accept-Language", "en");
        if (account != null) {
            String credentials = account.username() + ":" + DemoAccount.PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        String type;
        byte[] content;
        switch (body) {
            case "json" -> {
                type = "application/json";
                content = "{}".getBytes(StandardCharsets.UTF_8);
            }
            case "link" -> {
                type = "application/json";
                content = ("{\"equipmentId\":" + MISSING + "}").getBytes(StandardCharsets.UTF_8);
            }
            case "negative" -> {
                type = "application/json";
                content = "{\"firstAnswerHours\":-1,\"resolutionHours\":-1}".getBytes(StandardCharsets.UTF_8);
            }
            case "csv" -> {
                type = "text/csv";
                content = "not;a;known;header\n".getBytes(StandardCharsets.UTF_8);
            }
            case "xml" -> {
                type = "application/xml";
                content = "<nothing/>".getBytes(StandardCharsets.UTF_8);
            }
            case "bin" -> {
                type = "application/octet-stream";
                content = "not a real file".getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                type = null;
                content = null;
            }
        }
        if (content == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(content));
        }
        return send(anonymous, request);
    }

    /** A logged-in session of a demo account, through the login form (once per account). */
    private HttpClient session(DemoAccount account) {
        return sessions.computeIfAbsent(account, a -> {
            HttpClient client = client(new CookieManager());
            Matcher state = VIEW_STATE.matcher(send(client, HttpRequest.newBuilder(uri("/login.xhtml")).GET()).body());
            assertThat("view state on the login page", state.find(), is(true));
            String form = "login-form=login-form&username=" + encode(a.username()) + "&password="
                    + encode(DemoAccount.PASSWORD) + "&login=&jakarta.faces.ViewState="
                    + encode(state.group(1).replace("&#58;", ":"));
            HttpResponse<String> loggedIn = send(client, HttpRequest.newBuilder(uri("/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat("login of " + a.username(), loggedIn.statusCode(), is(302));
            return client;
        });
    }

    private String firstEquipment(String school) {
        JsonArray items = Api.json(api.get("/api/equipment?school=" + school, DemoAccount.ADMIN)).getJsonArray("items");
        assertThat("demo equipment in " + school, items.isEmpty(), is(false));
        return String.valueOf(items.getJsonObject(0).getJsonNumber("id").longValue());
    }

    private String resolve(String path) {
        String resolved = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        return resolved;
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = SecurityMatrixST.class.getResourceAsStream("/security-matrix.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("kind;")) {
                    continue;
                }
                String[] cells = line.split(";");
                int width = 5 + COLUMNS.size();
                if (cells.length != width) {
                    throw new IllegalStateException("security-matrix.csv line " + (i + 1) + " has " + cells.length
                            + " cells, not " + width);
                }
                rows.add(new Row(i + 1, cells[0], cells[1], cells[2], cells[3], List.of(cells).subList(4, width)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The items of a page ({@code {total, totalExact, items}}). */
    private static JsonArray page(HttpResponse<String> response) {
        assertThat(response.body(), response.statusCode(), is(200));
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonArray("items");
        }
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.body(), response.statusCode(), is(200));
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
