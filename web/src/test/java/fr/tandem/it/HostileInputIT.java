package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.fail;

import fr.tandem.platform.ui.PageJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile and malformed input, table-driven: script tags, SQL meta-characters, huge strings, wrong
 * encodings, invalid UAIs, end before start, negative and huge numbers, malformed JSON, CSV, XML
 * (external entities, entity expansion), oversized and mistyped files. Each case must answer clearly
 * (a 4xx problem+json, or an import report that imports nothing), never a 5xx nor a stack trace,
 * and a refused case must leave what the API reads back unchanged; accepted text must be stored as
 * sent. Every case's outcome is written to {@code target/hostile-input.md} (copied into docs/QUALITY.md).
 */
class HostileInputIT extends ApiTestBase {

    /** What a case must get. */
    enum Expect {
        /** 4xx problem+json with a message; what {@code readBack} answers is unchanged. */
        REJECT,
        /** 2xx, and the text sent is answered back as sent. */
        LITERAL,
        /** A 4xx problem+json, or a 2xx report that created and updated nothing; read-back unchanged. */
        NOTHING_IMPORTED,
        /** A search or a lenient read: 2xx, or a 4xx problem+json; never more. */
        ANSWERED,
        /** Any 4xx (the server may refuse before the application: a too long address). */
        REFUSED,
        /**
         * 2xx (an import: a report that created or updated a line), and every text of the case is in
         * what {@code readBack} answers, as sent.
         */
        STORED
    }

    /** One input; {@code mentions}, when set, is a text the refusal's message must hold. */
    record Case(String input, String where, String user, String method, String path, String contentType, byte[] body,
                Expect expect, String readBack, String literal, String mentions, List<String> texts) {

        Case(String input, String where, String user, String method, String path, String contentType, byte[] body,
             Expect expect, String readBack, String literal, String mentions) {
            this(input, where, user, method, path, contentType, body, expect, readBack, literal, mentions, List.of());
        }

        Case(String input, String where, String user, String method, String path, String contentType, byte[] body,
             Expect expect, String readBack, String literal) {
            this(input, where, user, method, path, contentType, body, expect, readBack, literal, null);
        }

        Case withType(String type) {
            return new Case(input, where, user, method, path, type, body, expect, readBack, literal, mentions, texts);
        }

        Case mentioning(String text) {
            return new Case(input, where, user, method, path, contentType, body, expect, readBack, literal, text, texts);
        }

        /** A case whose texts must be read back as sent from {@code readBack} ({@link Expect#STORED}). */
        static Case stored(String input, String where, String user, String method, String path, String contentType,
                           String body, String readBack, String... texts) {
            return new Case(input, where, user, method, path, contentType, body.getBytes(StandardCharsets.UTF_8),
                    Expect.STORED, readBack, null, null, List.of(texts));
        }
    }

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final String SQL_OR = "' OR '1'='1' --";
    private static final String SQL_DROP = "x'); DROP TABLE school; --";
    private static final String EL = "#{facesContext.externalContext.sessionMap} ${7*7}";
    private static final String LONG = "A".repeat(10_000);
    private static final String UNICODE = "École \u202Eevil\u202C 🎓 Ünïcödé";
    private static final String CRLF = "line1\r\nSet-Cookie: evil=1";
    private static final String TRAVERSAL = "../../../../etc/passwd";
    /**
     * Texts for script contexts: one closes the inline script a chart is configured in, one ends a
     * single-quoted JavaScript string (a PF('…') call, an onclick), one ends an attribute and adds a
     * handler, one holds the line and paragraph separators, one ends an Ajax answer's CDATA section.
     */
    static final List<String> SCRIPT_CONTEXT = List.of("X</script><script>alert('x')</script>", "');alert(1);//",
            "\" onclick=\"alert(1)\" x=\"", "L\u2028S\u2029P", "]]><img src=x onerror=alert(1)>");
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String ANNUAIRE_HEADER = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;"
            + "Code_postal;Code_commune;Nom_commune;code_circonscription;nom_circonscription;etat;code_nature;"
            + "Ecole_maternelle;Ecole_elementaire\n";

    private static final String XXE = """
            <?xml version="1.0"?><!DOCTYPE abonnements [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <abonnements xmlns="http://www.atosworldline.com/wsabonnement/v1.0/"><abonnement><idAbonnement>&xxe;</idAbonnement>
            <uaiEtab>0349104L</uaiEtab></abonnement></abonnements>""";
    private static final String LAUGHS = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <abonnements><abonnement><idAbonnement>&lol9;</idAbonnement></abonnement></abonnements>""";
    private static final String EQUIPMENT_HEADER = "numero_serie;type;marque;modele;uai;salle;date_achat;prix;part_tne;fin_garantie;statut\n";

    private final List<String> results = new ArrayList<>();

    /**
     * One dynamic test per case, named by its number, input and door, run in order; each adds its
     * row to the table written once all have run.
     */
    @TestFactory
    Stream<DynamicTest> everyHostileInputGetsAClearAnswerAndChangesNothingWrong() {
        long request = report();
        long offer = offer("Offre des essais hostiles", "DEPARTEMENTALE", "PRESENTIEL", 180, inDays(-1),
                inDays(20), "");
        long licence = firstLicence();
        List<Case> cases = cases(request, offer, licence);
        assertThat("at least 100 hostile inputs", cases.size() >= 100, is(true));

        results.add("| # | input | where | expected | result |");
        results.add("|---|---|---|---|---|");
        return IntStream.rangeClosed(1, cases.size()).mapToObj(number -> {
            Case c = cases.get(number - 1);
            return DynamicTest.dynamicTest("#" + number + " " + flat(c.input()) + " @ " + c.where(),
                    () -> check(number, c));
        });
    }

    /** Runs one case, adds its row to the table, and fails with what went wrong. */
    private void check(int number, Case c) {
        String failure;
        String result;
        try {
            Outcome outcome = run(c);
            result = outcome.summary();
            failure = outcome.failure();
        } catch (RuntimeException e) {
            result = "client error: " + e;
            failure = result;
        }
        results.add("| " + number + " | " + cell(c.input()) + " | " + cell(c.where()) + " | " + c.expect() + " | "
                + (failure == null ? "" : "**FAILED** ") + cell(result) + " |");
        if (failure != null) {
            fail("#" + number + " " + c.input() + " @ " + c.where() + ": " + failure);
        }
    }

    /** Once the cases have run (after the factory's dynamic tests), their table. */
    @AfterEach
    void writeResults() {
        if (!results.isEmpty()) {
            write();
        }
    }

    record Outcome(String summary, String failure) {
    }

    private Outcome run(Case c) {
        String before = c.readBack() == null ? null : readBack(c.readBack());
        Api client = new Api(url).as(c.user(), PASSWORD).inLanguage("en");
        Api.Reply reply = c.body() == null ? client.send(c.method(), c.path())
                : c.method().equals("PUT") ? put(client, c) : client.post(c.path(), c.contentType(), c.body());
        String message = message(reply);
        String summary = reply.status() + (message.isEmpty() ? "" : " " + message);
        String stack = stackTrace(reply.body());
        if (stack != null) {
            return new Outcome(summary, "stack trace in the body (" + stack + ")");
        }
        if (reply.status() >= 500) {
            return new Outcome(summary, "server error " + reply.status() + " " + reply.body());
        }
        boolean problem = reply.status() >= 400 && reply.status() < 500
                && reply.contentType().startsWith("application/problem+json") && !message.isBlank();
        String unchanged = before == null ? null : before.equals(readBack(c.readBack())) ? null
                : "read-back " + c.readBack() + " changed";
        if (problem && c.mentions() != null && !message.contains(c.mentions())) {
            return new Outcome(summary, "the message does not say \"" + c.mentions() + "\"");
        }
        switch (c.expect()) {
            case REJECT -> {
                if (!problem) {
                    return new Outcome(summary, "expected a 4xx problem+json, got " + reply.status() + " " + reply.body());
                }
                return new Outcome(summary, unchanged);
            }
            case NOTHING_IMPORTED -> {
                if (problem) {
                    return new Outcome(summary, unchanged);
                }
                if (reply.status() / 100 != 2) {
                    return new Outcome(summary, "expected 4xx problem+json or a report, got " + reply.status());
                }
                JsonStructure json = reply.structure();
                if (json instanceof JsonObject report && (report.getInt("created", 0) > 0 || report.getInt("updated", 0) > 0)) {
                    return new Outcome(summary, "imported something: " + reply.body());
                }
                return new Outcome(reply.status() + " report: " + reportSummary(reply), unchanged);
            }
            case LITERAL -> {
                if (reply.status() / 100 != 2) {
                    return new Outcome(summary, "expected 2xx, got " + reply.status() + " " + reply.body());
                }
                String stored = storedText(reply, c);
                return new Outcome(reply.status() + " stored as " + (c.literal().equals(c.input()) ? "sent" : stored),
                        c.literal().equals(stored) ? null
                        : "stored as " + stored);
            }
            case ANSWERED -> {
                if (reply.status() / 100 == 2 || problem) {
                    return new Outcome(summary, null);
                }
                return new Outcome(summary, "expected 200 or 4xx problem+json, got " + reply.status() + " " + reply.body());
            }
            case REFUSED -> {
                return new Outcome(summary, reply.status() / 100 == 4 ? null
                        : "expected a 4xx, got " + reply.status() + " " + reply.body());
            }
            case STORED -> {
                if (reply.status() / 100 != 2) {
                    return new Outcome(summary, "expected 2xx, got " + reply.status() + " " + reply.body());
                }
                if (reply.contentType().startsWith("application/json") && reply.structure() instanceof JsonObject report
                        && report.containsKey("created") && report.getInt("created", 0) + report.getInt("updated", 0) == 0) {
                    return new Outcome(summary, "imported nothing: " + reply.body());
                }
                List<String> stored = strings(new Api(url).as(c.readBack().split(" ", 2)[0], PASSWORD)
                        .get(c.readBack().split(" ", 2)[1]).structure());
                List<String> missing = c.texts().stream().filter(text -> !stored.contains(text)).toList();
                return new Outcome(reply.status() + " stored as sent (read back by " + c.readBack().split(" ", 2)[0] + ")",
                        missing.isEmpty() ? null : "not read back as sent: " + missing);
            }
            default -> throw new IllegalStateException();
        }
    }

    private static Api.Reply put(Api client, Case c) {
        return client.putJson(c.path(), new String(c.body(), StandardCharsets.UTF_8));
    }

    /** The subject of a support request read back by its id, or the name of a created item. */
    private String storedText(Api.Reply reply, Case c) {
        JsonObject created = reply.json();
        if (created.containsKey("subject")) {
            long id = created.getJsonNumber("id").longValue();
            return new Api(url).as("enseignant", PASSWORD).get("api/support/requests/mine").structure().asJsonArray()
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == id)
                    .map(r -> r.getString("subject")).findFirst().orElse("(not found)");
        }
        if (created.containsKey("title")) {
            return created.getString("title");
        }
        return created.getString("name");
    }

    private String readBack(String path) {
        String[] parts = path.split(" ", 2);
        Api.Reply reply = new Api(url).as(parts[0], PASSWORD).get(parts[1]);
        return reply.status() + " " + reply.body();
    }

    /** Every string of a JSON answer, at any depth. */
    private static List<String> strings(JsonValue json) {
        List<String> found = new ArrayList<>();
        switch (json.getValueType()) {
            case STRING -> found.add(((JsonString) json).getString());
            case OBJECT -> json.asJsonObject().values().forEach(v -> found.addAll(strings(v)));
            case ARRAY -> json.asJsonArray().forEach(v -> found.addAll(strings(v)));
            default -> {
            }
        }
        return found;
    }

    private static String message(Api.Reply reply) {
        if (reply.contentType().startsWith("application/problem+json")) {
            JsonObject problem = reply.json();
            return problem.getString("detail", problem.getString("title", ""));
        }
        return "";
    }

    private static String reportSummary(Api.Reply reply) {
        String body = reply.body();
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    private static String stackTrace(String body) {
        for (String marker : List.of("Exception", "at fr.", "at java.", "org.eclipse", "\tat ")) {
            if (body != null && body.contains(marker)) {
                return marker;
            }
        }
        return null;
    }

    private List<Case> cases(long request, long offer, long licence) {
        List<Case> cases = new ArrayList<>();
        String supportBack = "enseignant api/support/requests/mine";
        // support request texts, stored as sent (escaping is the pages' job, see EscapingST)
        for (String text : List.of(SCRIPT, IMG, SQL_OR, SQL_DROP, EL, UNICODE, TRAVERSAL, "%s%n%x", "\"quoted\" \\ back")) {
            cases.add(json(text, "POST /api/support/requests subject", "enseignant", "POST", "api/support/requests",
                    "{\"category\":\"OTHER\",\"subject\":" + quote(text) + ",\"description\":\"Essai\"}", Expect.LITERAL,
                    null, text));
        }
        cases.add(json("10 000-character subject", "POST /api/support/requests", "enseignant", "POST",
                "api/support/requests", "{\"category\":\"OTHER\",\"subject\":\"" + LONG + "\",\"description\":\"x\"}",
                Expect.REJECT, supportBack, null));
        cases.add(json("10 000-character description", "POST /api/support/requests", "enseignant", "POST",
                "api/support/requests", "{\"category\":\"OTHER\",\"subject\":\"long\",\"description\":\"" + LONG + LONG
                        + "\"}", Expect.REJECT, supportBack, null));
        cases.add(json("unknown category ROCKET", "POST /api/support/requests", "enseignant", "POST",
                "api/support/requests", "{\"category\":\"ROCKET\",\"subject\":\"x\",\"description\":\"x\"}",
                Expect.REJECT, supportBack, null));
        cases.add(json("equipment id -1", "POST /api/support/requests", "enseignant", "POST", "api/support/requests",
                "{\"category\":\"HARDWARE\",\"subject\":\"x\",\"description\":\"x\",\"equipmentId\":-1}", Expect.REJECT,
                supportBack, null));
        cases.add(json("subject with CR LF header injection", "POST /api/support/requests", "enseignant", "POST",
                "api/support/requests", "{\"category\":\"OTHER\",\"subject\":" + quote(CRLF) + ",\"description\":\"x\"}",
                Expect.LITERAL, null, CRLF.replace("\r\n", " ")));
        cases.add(new Case("Latin-1 bytes sent as UTF-8 JSON", "POST /api/support/requests", "enseignant", "POST",
                "api/support/requests", "application/json; charset=UTF-8",
                "{\"category\":\"OTHER\",\"subject\":\"\u00c9cole \u00e9t\u00e9\",\"description\":\"x\"}"
                        .getBytes(StandardCharsets.ISO_8859_1), Expect.REJECT, supportBack, null));
        // malformed JSON on several endpoints
        for (String bad : List.of("{", "[]", "null", "\"text\"", "{\"subject\":", "{\"category\":[1,2]}", "{'single':'quotes'}")) {
            cases.add(json("malformed JSON " + bad, "POST /api/support/requests", "enseignant", "POST",
                    "api/support/requests", bad, Expect.REJECT, supportBack, null));
        }
        cases.add(json("JSON followed by }}}}", "POST /api/support/requests", "enseignant", "POST", "api/support/requests",
                "{\"category\":\"OTHER\",\"subject\":\"x\",\"description\":\"x\"}}}}", Expect.REJECT, supportBack, null)
                .mentioning("characters after the end of its JSON value"));
        cases.add(json("malformed JSON {", "POST /api/equipment", "dsi", "POST", "api/equipment", "{", Expect.REJECT,
                "dsi api/equipment?size=1", null));
        cases.add(json("malformed JSON {", "POST /api/schools", "dsi", "POST", "api/schools", "{", Expect.REJECT,
                "dsi api/schools?size=1", null));
        cases.add(json("malformed JSON [", "POST /api/licences/products", "dsi", "POST", "api/licences/products", "[",
                Expect.REJECT, "dsi api/licences/products", null));
        cases.add(json("JSON sent as text/plain", "POST /api/accounts", "admin", "POST", "api/accounts",
                "{\"username\":\"x\"}", Expect.REJECT, "admin api/accounts?size=1&inactive=true", null)
                .withType("text/plain"));
        // schools: invalid UAIs and bad fields
        String schoolBack = "dsi api/schools?size=1";
        for (String uai : List.of("", "123", "ABCDEFGH", "03491O4A", "0349101H' OR '1'='1", SCRIPT, LONG, "０３４９９９９Ａ",
                "0349104L")) {
            cases.add(json("UAI " + shorten(uai), "POST /api/schools", "dsi", "POST", "api/schools",
                    school(quote(uai), "École hostile", "34500"), Expect.REJECT, schoolBack, null));
        }
        cases.add(json("school name of 10 000 characters", "POST /api/schools", "dsi", "POST", "api/schools",
                school("\"0349990Z\"", LONG, "34500"), Expect.REJECT, schoolBack, null));
        cases.add(json("postcode ABCDE", "POST /api/schools", "dsi", "POST", "api/schools",
                school("\"0349991A\"", "École", "ABCDE"), Expect.REJECT, schoolBack, null));
        cases.add(json("unknown circonscription", "PUT /api/schools/0349104L", "dsi", "PUT", "api/schools/0349104L",
                school("\"0349104L\"", "École", "34500").replace("0341101M", "9999999"), Expect.REJECT, schoolBack, null));
        // school search parameters
        for (String query : List.of("q=" + enc(SQL_OR), "q=" + enc(SCRIPT), "q=%25%25%25_", "size=-1", "size=99999999",
                "first=-5", "sort=name;DROP%20TABLE%20school", "kind=ROCKET", "first=abc")) {
            cases.add(new Case("query " + shorten(query), "GET /api/schools", "dsi", "GET", "api/schools?" + query,
                    null, null, Expect.ANSWERED, null, null));
        }
        for (String query : List.of("q=" + enc(LONG), "q=" + enc(LONG + LONG))) {
            cases.add(new Case("query " + shorten(query), "GET /api/schools", "dsi", "GET", "api/schools?" + query,
                    null, null, Expect.REFUSED, null, null));
        }
        // equipment
        String equipmentBack = "dsi api/equipment?size=1";
        cases.add(json("negative price", "POST /api/equipment", "dsi", "POST", "api/equipment",
                equipment("HOST-1", "\"price\":-4000,\"tneAmount\":0"), Expect.REJECT, equipmentBack, null));
        cases.add(json("huge price 1e20", "POST /api/equipment", "dsi", "POST", "api/equipment",
                equipment("HOST-2", "\"price\":1e20,\"tneAmount\":0"), Expect.REJECT, equipmentBack, null));
        cases.add(json("TNE share above price", "POST /api/equipment", "dsi", "POST", "api/equipment",
                equipment("HOST-3", "\"price\":10,\"tneAmount\":20"), Expect.REJECT, equipmentBack, null));
        cases.add(json("price as text", "POST /api/equipment", "dsi", "POST", "api/equipment",
                equipment("HOST-4", "\"price\":\"cheap\""), Expect.REJECT, equipmentBack, null));
        cases.add(json("warranty ends before purchase", "POST /api/equipment", "dsi", "POST", "api/equipment",
                equipment("HOST-5", "\"purchaseDate\":\"2026-09-01\",\"warrantyEnd\":\"2020-01-01\""), Expect.REJECT,
                equipmentBack, null));
        cases.add(json("date 2025-13-45", "POST /api/equipment", "dsi", "POST", "api/equipment",
                equipment("HOST-6", "\"purchaseDate\":\"2025-13-45\""), Expect.REJECT, equipmentBack, null));
        cases.add(json("unknown type ROCKET", "POST /api/equipment", "dsi", "POST", "api/equipment",
                equipment("HOST-7", "\"type\":\"ROCKET\""), Expect.REJECT, equipmentBack, null));
        cases.add(json("unknown school UAI", "POST /api/equipment", "dsi", "POST", "api/equipment",
                equipment("HOST-8", "\"schoolUai\":\"0000000A\""), Expect.REJECT, equipmentBack, null));
        cases.add(json("serial of 10 000 characters", "POST /api/equipment", "dsi", "POST", "api/equipment",
                equipment(LONG, ""), Expect.REJECT, equipmentBack, null));
        cases.add(json("status ROCKET", "PUT /api/equipment/{id}/status", "dsi", "PUT", "api/equipment/1/status",
                "{\"status\":\"ROCKET\"}", Expect.REJECT, equipmentBack, null));
        for (String id : List.of("abc", "-1", "99999999999999999999", "1e3")) {
            cases.add(new Case("path id " + id, "GET /api/equipment/{id}", "dsi", "GET", "api/equipment/" + id, null,
                    null, Expect.REJECT, null, null));
        }
        // equipment inventory CSV
        for (String[] csv : new String[][]{
                {"empty file", ""},
                {"wrong header", "a;b;c\n1;2;3\n"},
                {"binary garbage", "\u0000\u0001\u0002PK\u0003\u0004"},
                {"unknown school", EQUIPMENT_HEADER + "HOST-CSV-1;TABLET;Apple;iPad;0000000A;CP;2025-01-01;400;0;2027-01-01;IN_SERVICE\n"},
                {"negative price", EQUIPMENT_HEADER + "HOST-CSV-2;TABLET;Apple;iPad;0349104L;CP;2025-01-01;-400;0;2027-01-01;IN_SERVICE\n"},
                {"date 2025-02-30", EQUIPMENT_HEADER + "HOST-CSV-3;TABLET;Apple;iPad;0349104L;CP;2025-02-30;400;0;2027-01-01;IN_SERVICE\n"},
                {"unbalanced quote", EQUIPMENT_HEADER + "\"HOST-CSV-4;TABLET;Apple;iPad;0349104L;CP;2025-01-01;400;0;2027-01-01;IN_SERVICE\n"},
                {"10 000-character serial", EQUIPMENT_HEADER + LONG + ";TABLET;Apple;iPad;0349104L;CP;2025-01-01;400;0;2027-01-01;IN_SERVICE\n"},
                {"type ROCKET", EQUIPMENT_HEADER + "HOST-CSV-5;ROCKET;Apple;iPad;0349104L;CP;2025-01-01;400;0;2027-01-01;IN_SERVICE\n"},
                {"too few columns", EQUIPMENT_HEADER + "HOST-CSV-6;TABLET\n"}}) {
            cases.add(new Case("inventory CSV: " + csv[0], "POST /api/equipment/import", "dsi", "POST",
                    "api/equipment/import", "text/csv", csv[1].getBytes(StandardCharsets.UTF_8), Expect.NOTHING_IMPORTED,
                    equipmentBack, null));
        }
        cases.add(new Case("inventory CSV of 11 MB", "POST /api/equipment/import", "dsi", "POST", "api/equipment/import",
                "text/csv", big(11), Expect.REJECT, equipmentBack, null));
        // Annuaire CSV
        for (String[] csv : new String[][]{
                {"empty file", ""},
                {"wrong header", "nom;prenom\nDupont;Jean\n"},
                {"binary garbage", "\u0000\u0001\u00ff\u00fe"},
                {"only a header", "Identifiant_de_l_etablissement;Nom_etablissement\n"}}) {
            cases.add(new Case("Annuaire CSV: " + csv[0], "POST /api/schools/import", "dsi", "POST", "api/schools/import",
                    "text/csv", csv[1].getBytes(StandardCharsets.ISO_8859_1), Expect.NOTHING_IMPORTED, schoolBack, null));
        }
        cases.add(new Case("Annuaire CSV of 60 MB", "POST /api/schools/import", "dsi", "POST", "api/schools/import",
                "text/csv", big(60), Expect.REJECT, schoolBack, null));
        // GAR subscription XML and usage CSV
        String licenceBack = "dsi api/licences";
        for (String[] xml : new String[][]{
                {"XML external entity (XXE) file:///etc/passwd", XXE, null},
                {"entity expansion (billion laughs)", LAUGHS, null},
                {"malformed XML", "<abonnements><abonnement>", "the XML is not well-formed at line 1, column 26."},
                {"empty body", "", null},
                {"JSON instead of XML", "{\"abonnements\":[]}", "the XML is not well-formed at line 1, column 1."},
                {"XML with a script in idAbonnement", "<abonnements xmlns=\"http://www.atosworldline.com/wsabonnement/v1.0/\"><abonnement><idAbonnement>" + SCRIPT.replace("<", "&lt;") + "</idAbonnement></abonnement></abonnements>", null}}) {
            cases.add(new Case("GAR XML: " + xml[0], "POST /api/licences/imports/gar-subscriptions", "dsi", "POST",
                    "api/licences/imports/gar-subscriptions", "application/xml", xml[1].getBytes(StandardCharsets.UTF_8),
                    Expect.NOTHING_IMPORTED, licenceBack, null, xml[2]));
        }
        for (String[] csv : new String[][]{
                {"garbage", "hello world"},
                {"negative counts", "UAI;idAbonnement;cumulAffectationEleve\n0349104L;ABO-1;-5\n"},
                {"invalid UAI", "UAI;idAbonnement;cumulAffectationEleve\nNOPE;ABO-1;5\n"},
                {"empty file", ""}}) {
            cases.add(new Case("GAR usage CSV: " + csv[0], "POST /api/licences/imports/gar-usage", "dsi", "POST",
                    "api/licences/imports/gar-usage", "text/csv", csv[1].getBytes(StandardCharsets.UTF_8),
                    Expect.NOTHING_IMPORTED, licenceBack, null));
        }
        // school holidays
        String holidaysBack = "ien api/training/school-holidays";
        for (String[] file : new String[][]{
                {"garbage CSV", "hello;world\n"},
                {"empty file", ""},
                {"ICS end before start", "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nSUMMARY:Vacances\nDTSTART;VALUE=DATE:20270301\nDTEND;VALUE=DATE:20270201\nEND:VEVENT\nEND:VCALENDAR\n"},
                {"malformed ICS", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:nope\n"},
                {"CSV with invalid dates", "Description;Zones;Date de début;Date de fin\nVacances;Zone C;2027-02-31;2027-13-01\n"}}) {
            cases.add(new Case("school holidays: " + file[0], "POST /api/training/school-holidays", "admin", "POST",
                    "api/training/school-holidays?zone=Zone%20C", "text/csv", file[1].getBytes(StandardCharsets.UTF_8),
                    Expect.NOTHING_IMPORTED, holidaysBack, null));
        }
        // training offers and sessions
        String offersBack = "ien api/training/offers";
        cases.add(json("enrolment closes before it opens", "POST /api/training/offers", "ien", "POST", "api/training/offers",
                offerJson("Essai", 60, inDays(10).toString(), inDays(2).toString()), Expect.REJECT, offersBack, null));
        cases.add(json("negative minutes", "POST /api/training/offers", "ien", "POST", "api/training/offers",
                offerJson("Essai", -60, inDays(1).toString(), inDays(2).toString()), Expect.REJECT, offersBack, null));
        cases.add(json("huge minutes 2147483647", "POST /api/training/offers", "ien", "POST", "api/training/offers",
                offerJson("Essai", Integer.MAX_VALUE, inDays(1).toString(), inDays(2).toString()), Expect.REJECT, offersBack, null));
        cases.add(json("minutes 1e12", "POST /api/training/offers", "ien", "POST", "api/training/offers",
                offerJson("Essai", 60, inDays(1).toString(), inDays(2).toString()).replace("\"minutesCredited\":60", "\"minutesCredited\":1e12"),
                Expect.REJECT, offersBack, null).mentioning("The number 1e12 sent for \"minutesCredited\" is too large"));
        cases.add(json("title of 10 000 characters", "POST /api/training/offers", "ien", "POST", "api/training/offers",
                offerJson(LONG, 60, inDays(1).toString(), inDays(2).toString()), Expect.REJECT, offersBack, null));
        cases.add(json("date not a date", "POST /api/training/offers", "ien", "POST", "api/training/offers",
                offerJson("Essai", 60, "tomorrow", inDays(2).toString()), Expect.REJECT, offersBack, null));
        cases.add(json("script in offer title", "POST /api/training/offers", "ien", "POST", "api/training/offers",
                offerJson(SCRIPT, 60, inDays(1).toString(), inDays(2).toString()), Expect.LITERAL, null, SCRIPT));
        String sessionPath = "api/training/offers/" + offer + "/sessions";
        cases.add(json("session ends before it starts", "POST /api/training/offers/{id}/sessions", "ien", "POST", sessionPath,
                sessionJson(inDays(30).toString(), inDays(29).toString(), 10), Expect.REJECT, offersBack, null));
        cases.add(json("capacity -1", "POST /api/training/offers/{id}/sessions", "ien", "POST", sessionPath,
                sessionJson(inDays(30).toString(), inDays(30).plusSeconds(3600).toString(), -1), Expect.REJECT, offersBack, null));
        cases.add(json("capacity 0", "POST /api/training/offers/{id}/sessions", "ien", "POST", sessionPath,
                sessionJson(inDays(30).toString(), inDays(30).plusSeconds(3600).toString(), 0), Expect.REJECT, offersBack, null));
        cases.add(json("capacity 99999999999", "POST /api/training/offers/{id}/sessions", "ien", "POST", sessionPath,
                sessionJson(inDays(30).toString(), inDays(30).plusSeconds(3600).toString(), 10)
                        .replace("\"capacity\":10", "\"capacity\":99999999999"), Expect.REJECT, offersBack, null)
                .mentioning("The number 99999999999 sent for \"capacity\" is too large"));
        cases.add(json("attendance ROCKET", "PUT /api/training/sessions/{id}/attendance/enseignant", "ien", "PUT",
                "api/training/sessions/1/attendance/enseignant", "{\"attendance\":\"ROCKET\"}", Expect.REJECT, offersBack, null));
        // licences
        String productsBack = "dsi api/licences/products";
        cases.add(json("product name of 10 000 characters", "POST /api/licences/products", "dsi", "POST",
                "api/licences/products", "{\"name\":\"" + LONG + "\",\"kind\":\"SOFTWARE\"}", Expect.REJECT, productsBack, null));
        cases.add(json("product kind ROCKET", "POST /api/licences/products", "dsi", "POST", "api/licences/products",
                "{\"name\":\"x\",\"kind\":\"ROCKET\"}", Expect.REJECT, productsBack, null));
        cases.add(json("product without name", "POST /api/licences/products", "dsi", "POST", "api/licences/products",
                "{\"kind\":\"SOFTWARE\"}", Expect.REJECT, productsBack, null));
        String supplier = SCRIPT + System.nanoTime();
        cases.add(json("script in supplier name", "POST /api/licences/suppliers", "dsi", "POST", "api/licences/suppliers",
                "{\"name\":" + quote(supplier) + ",\"contact\":\"x\"}", Expect.LITERAL, null, supplier));
        for (String[] terms : new String[][]{
                {"licence ends before it starts", "\"validFrom\":\"2027-01-01\",\"validUntil\":\"2026-01-01\""},
                {"seats -5", "\"seats\":-5"},
                {"grant 150 %", "\"grantPercent\":150"},
                {"price -1", "\"price\":\"-1\""},
                {"price 1e400", "\"price\":\"1e400\""},
                {"holder UAI NOPE", "\"holderUai\":\"NOPE\""},
                {"currency XXXX", "\"currency\":\"XXXX\""},
                {"renewal months -12", "\"renewalMonths\":-12"}}) {
            cases.add(json(terms[0], "POST /api/licences", "dsi", "POST", "api/licences", licenceJson(licence, terms[1]),
                    Expect.REJECT, licenceBack, null));
        }
        String documentsBack = "dsi api/licences/" + licence + "/documents";
        String documents = "api/licences/" + licence + "/documents?name=";
        cases.add(new Case("Windows program named contrat.pdf", "POST /api/licences/{id}/documents", "dsi", "POST",
                documents + "contrat.pdf", "application/pdf", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1),
                Expect.REJECT, documentsBack, null));
        cases.add(new Case("document of 11 MB", "POST /api/licences/{id}/documents", "dsi", "POST", documents + "big.pdf",
                "application/pdf", pdf(11), Expect.REJECT, documentsBack, null));
        cases.add(new Case("empty document", "POST /api/licences/{id}/documents", "dsi", "POST", documents + "vide.pdf",
                "application/pdf", new byte[0], Expect.REJECT, documentsBack, null));
        cases.add(new Case("HTML named contrat.pdf", "POST /api/licences/{id}/documents", "dsi", "POST",
                documents + "contrat.pdf", "text/html", ("<html>" + SCRIPT + "</html>").getBytes(StandardCharsets.UTF_8),
                Expect.REJECT, documentsBack, null));
        cases.add(new Case("document name ../../../../etc/passwd (an executable)", "POST /api/licences/{id}/documents", "dsi",
                "POST", documents + enc(TRAVERSAL), "application/octet-stream", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8),
                Expect.REJECT, documentsBack, null));
        cases.add(json("reminder stages abc", "PUT /api/licences/reminders/stages", "dsi", "PUT",
                "api/licences/reminders/stages", "{\"days\":\"abc\"}", Expect.REJECT, "dsi api/licences/reminders/stages", null));
        cases.add(json("reminder stages -5", "PUT /api/licences/reminders/stages", "dsi", "PUT",
                "api/licences/reminders/stages", "{\"days\":\"-5\"}", Expect.REJECT, "dsi api/licences/reminders/stages", null));
        cases.add(json("reminder stages 99999999999", "PUT /api/licences/reminders/stages", "dsi", "PUT",
                "api/licences/reminders/stages", "{\"days\":\"99999999999\"}", Expect.REJECT, "dsi api/licences/reminders/stages", null));
        // support attachments
        String attachments = "api/support/requests/" + request + "/attachments?name=";
        String requestBack = "enseignant api/support/requests/" + request;
        cases.add(new Case("Windows program named photo.png", "POST /api/support/requests/{id}/attachments", "enseignant",
                "POST", attachments + "photo.png", "image/png", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1),
                Expect.REJECT, requestBack, null));
        cases.add(new Case("HTML with a script named photo.png", "POST /api/support/requests/{id}/attachments", "enseignant",
                "POST", attachments + "photo.png", "image/png", ("<html>" + SCRIPT).getBytes(StandardCharsets.UTF_8),
                Expect.REJECT, requestBack, null));
        cases.add(new Case("SVG with a script named photo.svg", "POST /api/support/requests/{id}/attachments", "enseignant",
                "POST", attachments + "photo.svg", "image/svg+xml",
                ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8),
                Expect.REJECT, requestBack, null));
        cases.add(new Case("photo of 6 MB", "POST /api/support/requests/{id}/attachments", "enseignant", "POST",
                attachments + "big.png", "image/png", png(6), Expect.REJECT, requestBack, null));
        cases.add(new Case("empty photo", "POST /api/support/requests/{id}/attachments", "enseignant", "POST",
                attachments + "vide.png", "image/png", new byte[0], Expect.REJECT, requestBack, null));
        // accounts
        String accountsBack = "admin api/accounts?size=1&inactive=true";
        for (String[] account : new String[][]{
                {"username with a script", "\"username\":" + quote(SCRIPT)},
                {"username with spaces and quotes", "\"username\":\"jean ' dupont\""},
                {"username of 10 000 characters", "\"username\":\"" + LONG.toLowerCase() + "\""},
                {"e-mail not an address", "\"email\":\"not-an-address\""},
                {"working time -10 %", "\"workingTimePercent\":-10"},
                {"working time 500 %", "\"workingTimePercent\":500"},
                {"role ROOT", "\"roles\":[\"ROOT\"]"},
                {"school UAI NOPE", "\"schoolUai\":\"NOPE\""}}) {
            cases.add(json(account[0], "POST /api/accounts", "admin", "POST", "api/accounts", accountJson(account[1]),
                    Expect.REJECT, accountsBack, null));
        }
        // service levels
        String levelsBack = "dsi api/support/service-levels";
        for (String[] level : new String[][]{{"negative hours", "-1", "-1"}, {"huge hours", "2147483647", "2147483647"},
                {"resolution before first answer", "40", "2"}, {"hours as text", "\"soon\"", "8"}}) {
            cases.add(json("service level: " + level[0], "PUT /api/support/service-levels/HARDWARE", "dsi", "PUT",
                    "api/support/service-levels/HARDWARE",
                    "{\"firstAnswerHours\":" + level[1] + ",\"resolutionHours\":" + level[2] + "}", Expect.REJECT, levelsBack, null));
        }
        // dashboard and list filters
        for (String query : List.of("year=-1", "year=99999", "year=abc", "school=" + enc(SCRIPT), "circonscription=" + enc(SQL_OR))) {
            cases.add(new Case("query " + query, "GET /api/dashboard", "dsi", "GET", "api/dashboard?" + query, null, null,
                    Expect.ANSWERED, null, null));
        }
        for (String query : List.of("q=" + enc(SQL_DROP), "size=-1", "first=-1", "size=1000000", "status=ROCKET", "sort=" + enc(SQL_OR))) {
            cases.add(new Case("query " + shorten(query), "GET /api/equipment", "enseignant", "GET", "api/equipment?" + query,
                    null, null, Expect.ANSWERED, null, null));
        }
        // the teachers' catalogue: words, category, first day and window go into a database query
        for (String query : List.of("q=" + enc(SQL_OR), "q=" + enc(SCRIPT), "q=%25%25%25_", "q=" + enc(EL), "size=-1",
                "size=99999999", "first=-5", "first=99999999", "first=abc")) {
            cases.add(new Case("query " + shorten(query), "GET /api/training/catalogue", "enseignant", "GET",
                    "api/training/catalogue?" + query, null, null, Expect.ANSWERED, null, null));
        }
        cases.add(new Case("catalogue day 2026-13-45", "GET /api/training/catalogue", "enseignant", "GET",
                "api/training/catalogue?from=2026-13-45", null, null, Expect.REJECT, null, null).mentioning("2026-13-45"));
        cases.add(new Case("catalogue category " + SCRIPT, "GET /api/training/catalogue", "enseignant", "GET",
                "api/training/catalogue?category=" + enc(SCRIPT), null, null, Expect.REJECT, null, null)
                .mentioning("DEPARTEMENTALE"));
        cases.add(new Case("catalogue query of 20 000 characters", "GET /api/training/catalogue", "enseignant", "GET",
                "api/training/catalogue?q=" + enc(LONG + LONG), null, null, Expect.REFUSED, null, null));
        cases.add(new Case("audit from after to", "GET /api/audit", "admin", "GET", "api/audit?from=2027-01-01&to=2020-01-01",
                null, null, Expect.ANSWERED, null, null));
        cases.add(new Case("audit date 2026-02-30", "GET /api/audit", "admin", "GET", "api/audit?from=2026-02-30", null, null,
                Expect.ANSWERED, null, null));
        cases.add(new Case("audit size -1", "GET /api/audit", "admin", "GET", "api/audit?size=-1", null, null,
                Expect.ANSWERED, null, null));
        cases.add(new Case("calendar feed token ../x (leaves the feed)", "GET /api/calendar/{token}.ics", "admin", "GET",
                "api/calendar/..%2Fx.ics", null, null, Expect.REFUSED, null, null));
        cases.add(new Case("calendar feed token with a script", "GET /api/calendar/{token}.ics", "admin", "GET",
                "api/calendar/" + enc("<script>alert(1)") + ".ics", null, null, Expect.REJECT, null, null));
        cases.add(new Case("calendar feed token with a NUL byte", "GET /api/calendar/{token}.ics", "admin", "GET",
                "api/calendar/a%00b.ics", null, null, Expect.REFUSED, null, null));
        scriptContextCases(cases, offer);
        return cases;
    }

    /**
     * Texts meant for script contexts through every door: the Annuaire import (a new circonscription
     * and school each), the REST school form (create, rename), the inventory import (brand, model,
     * room), the GAR subscription import (the resource's name), and the REST forms of products, offers,
     * sessions and equipment. Each is stored and read back as sent (the pages escape it: see
     * {@link #scriptContextTextsReachThePagesOnlyEscaped()} and EscapingST). New schools go to new
     * circonscriptions, sorted last, so that other tests' counts do not move.
     */
    private void scriptContextCases(List<Case> cases, long offer) {
        int run = (int) (System.nanoTime() % 1000);
        for (int i = 0; i < SCRIPT_CONTEXT.size(); i++) {
            String text = SCRIPT_CONTEXT.get(i);
            String tag = "H" + run + "-" + i + " ";
            String what = "script context " + text;
            String circonscription = uai(String.format("0342%03d", (run * 7 + i) % 1000));
            String school = uai(String.format("0343%03d", (run * 7 + i) % 1000));
            String created = uai(String.format("0344%03d", (run * 7 + i) % 1000));
            String circonscriptionName = "Circonscription zz " + tag + text;
            String schoolName = "École " + tag + text;
            cases.add(Case.stored(what, "POST /api/schools/import (Annuaire: school and circonscription names)", "dsi",
                    "POST", "api/schools/import", "text/csv", ANNUAIRE_HEADER + String.join(";", school, csv(schoolName),
                            "Ecole", "34500", "34032", "Béziers", circonscription, csv(circonscriptionName), "OUVERT",
                            "151", "0", "1") + "\n", "dsi api/schools/" + school, schoolName, circonscriptionName));
            String restName = "École R " + tag + text;
            cases.add(Case.stored(what, "POST /api/schools name", "dsi", "POST", "api/schools", "application/json",
                    school(quote(created), restName, "34500").replace("0341101M", circonscription),
                    "dsi api/schools/" + created, restName));
            String renamed = "École P " + tag + text;
            cases.add(Case.stored(what, "PUT /api/schools/{uai} name", "dsi", "PUT", "api/schools/" + school,
                    "application/json", school(quote(school), renamed, "34500").replace("0341101M", circonscription),
                    "dsi api/schools/" + school, renamed));
            String serial = "HOST-SC-" + run + "-" + i;
            cases.add(Case.stored(what, "POST /api/equipment/import (inventory: brand, model, room)", "dsi", "POST",
                    "api/equipment/import", "text/csv", EQUIPMENT_HEADER + String.join(";", serial, "TABLET",
                            csv("Marque " + text), csv(text), school, csv("Salle " + text), "2025-09-01", "400", "0",
                            "2027-08-31", "IN_SERVICE") + "\n",
                    "dsi api/equipment?q=" + serial, "Marque " + text, text, "Salle " + text));
            String resource = "Ressource " + tag + text;
            cases.add(Case.stored(what, "POST /api/licences/imports/gar-subscriptions (libelleRessource)", "dsi", "POST",
                    "api/licences/imports/gar-subscriptions", "application/xml", """
                            <abonnements xmlns="http://www.atosworldline.com/wsabonnement/v1.0/"><abonnement>
                            <idAbonnement>hs_%s_%d</idAbonnement><idRessource>ark:/47198/hs%s%d</idRessource>
                            <typeIdRessource>ark</typeIdRessource><libelleRessource>%s</libelleRessource>
                            <debutValidite>2026-09-01T00:00:00.000+02:00</debutValidite>
                            <finValidite>2099-08-15T00:00:00.000+02:00</finValidite><uaiEtab>%s</uaiEtab>
                            <categorieAffectation>transferable</categorieAffectation><typeAffectation>INDIV</typeAffectation>
                            <nbLicenceGlobale>30</nbLicenceGlobale><publicCible>ELEVE</publicCible></abonnement></abonnements>"""
                            .formatted(run, i, run, i, xml(resource), school), "dsi api/licences/products", resource));
            String product = "Produit " + tag + text;
            cases.add(Case.stored(what, "POST /api/licences/products name", "dsi", "POST", "api/licences/products",
                    "application/json", "{\"name\":" + quote(product) + ",\"kind\":\"SOFTWARE\"}",
                    "dsi api/licences/products", product));
            String title = "Offre " + tag + text;
            cases.add(Case.stored(what, "POST /api/training/offers title", "ien", "POST", "api/training/offers",
                    "application/json", offerJson(title, 60, inDays(1).toString(), inDays(2).toString()),
                    "ien api/training/offers", title));
            String place = "Salle " + tag + text;
            cases.add(Case.stored(what, "POST /api/training/offers/{id}/sessions place", "ien", "POST",
                    "api/training/offers/" + offer + "/sessions", "application/json", sessionJson(
                            inDays(30 + i).toString(), inDays(30 + i).plusSeconds(3600).toString(), 10)
                            .replace("\"place\":\"Salle\"", "\"place\":" + quote(place)),
                    "ien api/training/offers", place));
            String room = "HOST-RM-" + run + "-" + i;
            cases.add(Case.stored(what, "POST /api/equipment room", "dsi", "POST", "api/equipment", "application/json",
                    override(equipment(room, ""), "\"room\":" + quote(text)), "dsi api/equipment?q=" + room, text));
        }
    }

    /**
     * What reaches a script stays inside it: names from the Annuaire, inventory and GAR imports are
     * written into the chart configurations of the dashboard and the licence costs as JSON strings
     * that no character of them can end ({@code PageJson}); the same names are HTML-escaped text in
     * the tables, and the REST API answers them as sent, as JSON.
     */
    @Test
    void scriptContextTextsReachThePagesOnlyEscaped() {
        int run = (int) (System.nanoTime() % 1000);
        String breakout = SCRIPT_CONTEXT.get(0);
        String circonscription = uai(String.format("0342%03d", 500 + run % 500));
        String school = uai(String.format("0343%03d", 500 + run % 500));
        String circonscriptionName = "Circonscription zz page " + run + " " + breakout;
        String schoolName = "École page " + run + " " + breakout;
        String resource = "Ressource page " + run + " " + breakout + " " + SCRIPT_CONTEXT.get(1);
        Api dsi = new Api(url).as("dsi", PASSWORD);
        assertThat(dsi.post("api/schools/import", "text/csv", (ANNUAIRE_HEADER + String.join(";", school, csv(schoolName),
                "Ecole", "34500", "34032", "Béziers", circonscription, csv(circonscriptionName), "OUVERT", "151", "0", "1")
                + "\n").getBytes(StandardCharsets.UTF_8)).status(), is(200));
        assertThat(dsi.post("api/equipment/import", "text/csv", (EQUIPMENT_HEADER + String.join(";", "HOST-PAGE-" + run,
                "TABLET", "Apple", "iPad", school, "CP", "2025-09-01", "400", "0", "2027-08-31", "IN_SERVICE") + "\n")
                .getBytes(StandardCharsets.UTF_8)).status(), is(200));
        String subscription = "hp_" + run;
        assertThat(dsi.post("api/licences/imports/gar-subscriptions", "application/xml", """
                <abonnements xmlns="http://www.atosworldline.com/wsabonnement/v1.0/"><abonnement>
                <idAbonnement>%s</idAbonnement><idRessource>ark:/47198/hp%d</idRessource><typeIdRessource>ark</typeIdRessource>
                <libelleRessource>%s</libelleRessource><debutValidite>2026-01-01T00:00:00.000+02:00</debutValidite>
                <finValidite>2099-08-15T00:00:00.000+02:00</finValidite><uaiEtab>%s</uaiEtab>
                <categorieAffectation>transferable</categorieAffectation><typeAffectation>INDIV</typeAffectation>
                <nbLicenceGlobale>30</nbLicenceGlobale><publicCible>ELEVE</publicCible></abonnement></abonnements>"""
                .formatted(subscription, run, xml(resource), school).getBytes(StandardCharsets.UTF_8)).status(), is(200));
        assertThat(dsi.post("api/licences/imports/gar-usage", "text/csv", ("UAI;idAbonnement;cumulAffectationEleve;cumulAffectationEnseignant\n"
                + school + ";" + subscription + ";12;2\n").getBytes(StandardCharsets.UTF_8)).status(), is(200));

        PageBrowser staff = new PageBrowser(url);
        assertThat(staff.login("dsi", PASSWORD).statusCode(), is(302));
        assertEscapedInScripts(staff.get("dashboard.xhtml").body(), "the dashboard", circonscriptionName);
        assertEscapedInScripts(staff.get("licences/costs.xhtml").body(), "the licence costs", resource);

        Api.Reply figures = dsi.get("api/dashboard");
        assertThat(figures.contentType(), startsWith("application/json"));
        assertThat(strings(figures.structure()).contains(circonscriptionName), is(true));
    }

    /** The text is in a script only as a JSON string that nothing in it ends, and elsewhere only as escaped HTML. */
    private static void assertEscapedInScripts(String page, String where, String text) {
        assertThat(where + " holds the text raw", page.contains(text), is(false));
        assertThat(where + " holds a script of the data", page.contains("<script>alert("), is(false));
        assertThat(where + " writes the text into its chart as a safe JSON string", page.contains(PageJson.string(text)),
                is(true));
        assertThat(where + " shows the text as HTML-escaped text", page.contains(text.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;")), is(true));
    }

    private static String uai(String digits) {
        return digits + LETTERS.charAt(Integer.parseInt(digits) % 23);
    }

    /** A CSV field, quoted (its quotes doubled): it may hold ';' and '"'. */
    private static String csv(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private long report() {
        Api.Reply created = new Api(url).as("enseignant", PASSWORD).postJson("api/support/requests",
                "{\"category\":\"HARDWARE\",\"subject\":\"Pièces jointes hostiles\",\"description\":\"Essai\"}");
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private long firstLicence() {
        Api.Reply licences = new Api(url).as("dsi", PASSWORD).get("api/licences");
        assertThat(licences.body(), licences.status(), is(200));
        return licences.structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long productOf(long licence) {
        return new Api(url).as("dsi", PASSWORD).get("api/licences/" + licence).json().getJsonNumber("productId").longValue();
    }

    private static Case json(String input, String where, String user, String method, String path, String body,
                             Expect expect, String readBack, String literal) {
        return new Case(input, where, user, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8),
                expect, readBack, literal);
    }

    private static String school(String uai, String name, String postcode) {
        return """
                {"uai":%s,"name":%s,"kind":"PRIMAIRE","street":"1 rue X","postcode":"%s","communeCode":"34032",
                 "communeName":"Béziers","priority":"NONE","state":"OPEN","circonscriptionCode":"0341101M"}"""
                .formatted(uai, quote(name), postcode);
    }

    private static String equipment(String serial, String extra) {
        String base = """
                {"serialNumber":%s,"schoolUai":"0349104L","type":"TABLET","brand":"Apple","model":"iPad",
                 "room":"CP","purchaseDate":"2025-09-01","price":400,"tneAmount":0,"warrantyEnd":"2027-08-31"}"""
                .formatted(quote(serial));
        return extra.isEmpty() ? base : override(base, extra);
    }

    private static String offerJson(String title, long minutes, String opens, String closes) {
        return """
                {"title":%s,"description":"Essai","topic":"ENI","category":"DEPARTEMENTALE","nature":"FORMATION_CONTINUE",
                 "modality":"PRESENTIEL","minutesCredited":%d,"enrolmentOpens":"%s","enrolmentCloses":"%s"}"""
                .formatted(quote(title), minutes, opens, closes);
    }

    private static String sessionJson(String start, String end, int capacity) {
        return "{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"place\":\"Salle\",\"capacity\":%d}".formatted(start, end, capacity);
    }

    private String licenceJson(long licence, String extra) {
        String base = """
                {"productId":%d,"kind":"SCHOOL","seats":30,"holderUai":"0349104L","validFrom":"2026-09-01","validUntil":"2027-08-31",
                 "price":"1200.00","currency":"EUR","grantSource":"TNE","grantPercent":50,"orderNumber":"BC-H",
                 "contractReference":"M-H","transferable":false,"renewal":"MANUAL","renewalMonths":12}"""
                .formatted(productOf(licence));
        return override(base, extra);
    }

    private static String accountJson(String extra) {
        String base = """
                {"username":"hostile%d","firstName":"Test","lastName":"Hostile","email":"hostile@mail.test","roles":["TEACHER"],
                 "schoolUai":"0349104L","workingTimePercent":100,"password":"Motdepasse-2026"}""".formatted(System.nanoTime() % 100000);
        return override(base, extra);
    }

    /** Replaces members of a one-level JSON object written on purpose (extra: "name":value pairs, comma-free values). */
    private static String override(String base, String extra) {
        String result = base;
        for (String member : extra.split(",(?=\")")) {
            String name = member.substring(0, member.indexOf(':'));
            String replaced = result.replaceFirst(java.util.regex.Pattern.quote(name) + ":(\"[^\"]*\"|[^,}\\]]*|\\[[^\\]]*\\])",
                    java.util.regex.Matcher.quoteReplacement(member));
            result = replaced.equals(result) && !result.contains(member) ? result.replaceFirst("\\}\\s*$",
                    java.util.regex.Matcher.quoteReplacement("," + member + "}")) : replaced;
        }
        return result;
    }

    private static byte[] big(int megabytes) {
        byte[] content = new byte[megabytes * 1024 * 1024];
        Arrays.fill(content, (byte) 'a');
        return content;
    }

    private static byte[] pdf(int megabytes) {
        byte[] content = big(megabytes);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static byte[] png(int megabytes) {
        byte[] content = big(megabytes);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\r' -> json.append("\\r");
                case '\n' -> json.append("\\n");
                default -> json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 12) + "… (" + text.length() + " characters)" : text;
    }

    private static String cell(String text) {
        return flat(text).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The text on one line, shortened: line breaks and separators written as escapes. */
    private static String flat(String text) {
        return shorten2(text).replace("\r", "\\r").replace("\n", "\\n").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    private static String shorten2(String text) {
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }

    private void write() {
        try {
            Path file = Path.of("target", "hostile-input.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", results) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
