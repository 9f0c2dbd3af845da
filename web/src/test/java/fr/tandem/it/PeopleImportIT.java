package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The people import on Payara Micro: the preview writes nothing and reports each line with its
 * number and reason, the import writes, the same file again changes nothing; leavers are listed and
 * deactivated only when asked; Latin-1 and BOM files; hostile names safe in the report CSV and the
 * page; 413 over the limit; admins only.
 */
class PeopleImportIT extends ApiTestBase {

    private static final String HEADER = "identifiant;courriel;nom;prénom;uai;fonction;quotité\r\n";
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    /** Demo schools (DemoData): 0349101 to 0349130 with their check letters. */
    private static final String SCHOOL_A = "0349101H";
    private static final String SCHOOL_B = "0349102J";
    private static final String SCHOOL_C = "0349103K";

    private final long run = System.nanoTime() % 1_000_000;

    private Api.Reply importPeople(byte[] file, String query) {
        return new Api(url).as("admin", PASSWORD).post("api/people/imports?" + query, "text/csv", file);
    }

    private JsonObject imported(String csv, String query) {
        Api.Reply reply = importPeople(csv.getBytes(StandardCharsets.UTF_8), query);
        assertThat(reply.body(), reply.status(), is(200));
        return reply.json();
    }

    private static String uai(String digits) {
        return digits + LETTERS.charAt(Integer.parseInt(digits) % 23);
    }

    private static List<JsonObject> lines(JsonObject report) {
        return report.getJsonArray("lines").getValuesAs(JsonObject.class);
    }

    private static JsonObject line(JsonObject report, int number) {
        return lines(report).stream().filter(l -> l.getInt("line") == number).findFirst().orElseThrow();
    }

    private static List<String> leavers(JsonObject report) {
        return report.getJsonArray("leavers").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("username")).toList();
    }

    private static void counts(JsonObject report, int created, int updated, int unchanged, int skipped) {
        assertThat(report.toString(), List.of(report.getInt("created"), report.getInt("updated"),
                report.getInt("unchanged"), report.getInt("skipped")), contains(created, updated, unchanged, skipped));
    }

    @Test
    void thePreviewWritesNothingTheImportWritesAndTheSameFileAgainChangesNothing() {
        String p = "imp" + run + ".";
        String file = HEADER
                + p + "a;" + p + "a@mail.test;Alpha;Anne;" + SCHOOL_A + ";ENS;80\r\n"
                + p + "b;" + p + "b@mail.test;Bravo;Bruno;" + SCHOOL_B + "|" + SCHOOL_C + ";DIR;\r\n"
                + p + "c;" + p + "c@mail.test;Charlie;Chloé;;DSI;\r\n"
                + p + "d;" + p + "d@mail.test;Delta;Denis;" + uai("0348" + String.format("%03d", run % 1000)) + ";ENS;100\r\n"
                + p + "e;pas-un-courriel;Echo;Eve;" + SCHOOL_A + ";ENS;100\r\n"
                + ";;Fox;Fanny;" + SCHOOL_A + ";ENS;100\r\n"
                + p + "g;" + p + "g@mail.test;Golf;Gil;" + SCHOOL_A + ";XYZ;100\r\n"
                + p + "a;" + p + "a@mail.test;Alpha;Anne;" + SCHOOL_A + ";ENS;80\r\n";

        JsonObject preview = imported(file, "apply=false");
        assertThat(preview.getBoolean("applied"), is(false));
        counts(preview, 3, 0, 0, 5);
        assertThat(lines(preview).stream().map(l -> l.getInt("line")).toList(), contains(2, 3, 4, 5, 6, 7, 8, 9));
        assertThat(line(preview, 2).getString("outcome"), is("CREATED"));
        assertThat(line(preview, 2).getString("username"), is(p + "a"));
        for (int skipped = 5; skipped <= 9; skipped++) {
            assertThat(line(preview, skipped).getString("outcome"), is("SKIPPED"));
            assertThat(line(preview, skipped).getString("reason"), startsWith("Ligne ignorée"));
        }
        assertThat(line(preview, 7).getString("code"), is("people.skip.noIdentity"));
        assertThat(line(preview, 9).getString("code"), is("people.skip.duplicate"));
        assertThat(line(preview, 9).getString("reason"), containsString("ligne 2"));
        assertThat("nothing written by the preview", new Api(url).as("admin", PASSWORD).get("api/accounts/" + p + "a")
                .status(), is(404));

        JsonObject applied = imported(file, "apply=true");
        assertThat(applied.getBoolean("applied"), is(true));
        counts(applied, 3, 0, 0, 5);
        JsonObject anne = new Api(url).as("admin", PASSWORD).get("api/accounts/" + p + "a").json();
        assertThat(roles(anne), contains("TEACHER"));
        assertThat(anne.getString("schoolUai"), is(SCHOOL_A));
        assertThat(anne.getInt("workingTimePercent"), is(80));
        JsonObject bruno = new Api(url).as("admin", PASSWORD).get("api/accounts/" + p + "b").json();
        assertThat(roles(bruno), containsInAnyOrder("TEACHER", "HEAD_TEACHER"));
        assertThat(bruno.getString("schoolUai"), is(SCHOOL_B));
        assertThat(roles(new Api(url).as("admin", PASSWORD).get("api/accounts/" + p + "c").json()), contains("CITY_STAFF"));

        counts(imported(file, "apply=true"), 0, 0, 3, 5);

        JsonObject changed = imported(file.replace("Alpha;Anne;" + SCHOOL_A + ";ENS;80", "Alpha;Anne;" + SCHOOL_A + ";ENS;50"),
                "apply=true");
        counts(changed, 0, 1, 2, 5);
        assertThat(line(changed, 2).getJsonArray("changes").isEmpty(), is(false));
        assertThat(new Api(url).as("admin", PASSWORD).get("api/accounts/" + p + "a").json().getInt("workingTimePercent"),
                is(50));
    }

    @Test
    void aTeacherTheFileMovesToAnotherSchoolKeepsTheSchoolBeforeInTheHistory() {
        String p = "move" + run + ".";
        String line = p + "t;" + p + "t@mail.test;Tango;Tom;%s;ENS;100\r\n";
        counts(imported(HEADER + line.formatted(SCHOOL_A), "apply=true"), 1, 0, 0, 0);
        JsonObject moved = imported(HEADER + line.formatted(SCHOOL_B), "apply=true");
        counts(moved, 0, 1, 0, 0);
        assertThat(line(moved, 2).getJsonArray("changes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList(), contains("school"));

        Api admin = new Api(url).as("admin", PASSWORD);
        assertThat(admin.get("api/accounts/" + p + "t").json().getString("schoolUai"), is(SCHOOL_B));
        List<JsonObject> history = admin.get("api/accounts/" + p + "t/schools").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(history.stream().map(h -> h.getString("schoolUai")).toList(), contains(SCHOOL_A, SCHOOL_B));
        assertThat(history.get(0).containsKey("until"), is(true));
        assertThat(history.get(1).containsKey("until"), is(false));
    }

    @Test
    void aUsernameMadeFromAnEmailAndTheSameUsernameGivenLaterAreOnePersonInPreviewAndImport() {
        String p = "mail" + run + ".";
        String file = HEADER
                + ";" + p + "x@mail.test;Xavier;Xena;" + SCHOOL_A + ";ENS;100\r\n"
                + p + "x;" + p + "x@autre.test;Xavier;Xena;" + SCHOOL_A + ";ENS;100\r\n";
        for (String mode : List.of("apply=false", "apply=true")) {
            JsonObject report = imported(file, mode);
            counts(report, 1, 0, 0, 1);
            assertThat(line(report, 2).getString("username"), is(p + "x"));
            assertThat(line(report, 3).getString("code"), is("people.skip.duplicate"));
        }
        assertThat(new Api(url).as("admin", PASSWORD).get("api/accounts/" + p + "x").json().getString("email"),
                is(p + "x@mail.test"));
    }

    private static List<String> roles(JsonObject account) {
        return account.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void leaversAreListedAndDeactivatedOnlyWhenAsked() {
        // councillors: the demo's two ("elue" of Béziers, "elue.villeneuve"), kept in the file so that they are no leavers
        String elueLine = "";
        for (String demoCouncillor : List.of("elue", "elue.villeneuve")) {
            JsonObject elue = new Api(url).as("admin", PASSWORD).get("api/accounts/" + demoCouncillor).json();
            elueLine += demoCouncillor + ";" + elue.getString("email") + ";" + elue.getString("lastName") + ";"
                    + elue.getString("firstName") + ";;ELU;\r\n";
        }
        String p = "elu" + run + ".";
        String stays = p + "reste;" + p + "reste@mail.test;Reste;Rose;;ELU;\r\n";
        String leaves = p + "part;" + p + "part@mail.test;Part;Paul;;ELU;\r\n";
        imported(HEADER + elueLine + stays + leaves, "apply=true");

        String without = HEADER + elueLine + stays;
        JsonObject preview = imported(without, "apply=false");
        assertThat(leavers(preview), contains(p + "part"));

        JsonObject kept = imported(without, "apply=true&deactivateAbsent=false");
        assertThat(kept.getInt("deactivated"), is(0));
        assertThat(leavers(kept), contains(p + "part"));
        assertThat(new Api(url).as("admin", PASSWORD).get("api/accounts/" + p + "part").json().getBoolean("active"),
                is(true));

        JsonObject deactivated = imported(without, "apply=true&deactivateAbsent=true");
        assertThat(deactivated.getInt("deactivated"), is(1));
        assertThat(deactivated.getJsonArray("leavers").getJsonObject(0).getBoolean("deactivated"), is(true));
        Api admin = new Api(url).as("admin", PASSWORD);
        assertThat(admin.get("api/accounts/" + p + "part").json().getBoolean("active"), is(false));
        assertThat(admin.get("api/accounts/" + p + "reste").json().getBoolean("active"), is(true));
        assertThat(admin.get("api/accounts/elue").json().getBoolean("active"), is(true));
        assertThat(leavers(imported(without, "apply=false")), is(empty()));

        // teachers: the demo's teachers are listed, not those who also have a role the file does not give
        List<String> teachers = leavers(imported(HEADER + "tea" + run + ";tea" + run + "@mail.test;Test;Teo;" + SCHOOL_A
                + ";ENS;100\r\n", "apply=false"));
        assertThat(teachers.contains("enseignant01"), is(true));
        assertThat("a head teacher is also a teacher: not managed by a file of teachers only",
                teachers.contains("directrice"), is(false));
    }

    @Test
    void latin1AndByteOrderMarkFilesAreRead() {
        String line = "lat" + run + ";lat" + run + "@mail.test;Lévêque;Hélène;" + SCHOOL_A + ";ENS;100\r\n";
        Api.Reply latin1 = importPeople((HEADER + line).getBytes(StandardCharsets.ISO_8859_1), "apply=false");
        assertThat(latin1.body(), latin1.status(), is(200));
        assertThat(latin1.json().getString("charset"), is("windows-1252"));
        assertThat(line(latin1.json(), 2).getString("name"), is("Hélène Lévêque"));
        assertThat(line(latin1.json(), 2).getString("outcome"), is("CREATED"));

        JsonObject bom = imported("\uFEFF" + HEADER.toUpperCase() + line, "apply=false");
        assertThat(bom.getString("charset"), is("UTF-8"));
        assertThat(line(bom, 2).getString("name"), is("Hélène Lévêque"));
        assertThat(line(bom, 2).getString("outcome"), is("CREATED"));
    }

    @Test
    void hostileNamesAreSafeInTheReportCsvAndOnThePage() {
        String hostile = HEADER + "host" + run + ";host" + run + "@mail.test;<script>alert(1)</script>;=cmd|' /C calc'!A0;"
                + SCHOOL_A + ";ENS;100\r\n";

        HttpResponse<String> csv = new PageBrowser(url).send(HttpRequest.newBuilder(new PageBrowser(url)
                        .uri("api/people/imports?apply=false"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(hostile, StandardCharsets.UTF_8)).build());
        assertThat(csv.body(), csv.statusCode(), is(200));
        assertThat(csv.headers().firstValue("Content-Type").orElse(""), startsWith("text/csv"));
        assertThat(csv.body(), startsWith("\uFEFFLigne;Identifiant;Nom;Résultat"));
        List<String> cells = Arrays.asList(csv.body().split("\r\n")[1].split(";"));
        assertThat(cells.get(2), is("'=cmd|' /C calc'!A0 <script>alert(1)</script>"));
        assertThat(cells, everyItem(not(startsWith("="))));

        String page = previewOnThePage(hostile);
        assertThat(page, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(page, containsString("=cmd|"));
        assertThat(page, not(containsString("<script>alert(1)")));
    }

    /** Uploads the file on the import page as the admin's browser would, and waits for the preview. */
    private String previewOnThePage(String file) {
        PageBrowser browser = new PageBrowser(url);
        assertThat(browser.login("admin", PASSWORD).statusCode(), is(302));
        String page = browser.get("admin/people-import.xhtml").body();
        String boundary = "----tandem" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        List<String[]> fields = new java.util.ArrayList<>(List.of(new String[] {"people-upload-form", "people-upload-form"},
                new String[] {"people-preview", "x"}, new String[] {"jakarta.faces.ViewState", viewState(page)}));
        if (!nonce(page).isEmpty()) {
            fields.add(new String[] {"primefaces.nonce", nonce(page)});
        }
        for (String[] field : fields) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"people-file\"; ")
                .append("filename=\"personnes.csv\"\r\nContent-Type: text/csv\r\n\r\n").append(file).append("\r\n--")
                .append(boundary).append("--\r\n");
        HttpResponse<String> uploaded = browser.send(HttpRequest.newBuilder(browser.uri("admin/people-import.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
        assertThat(uploaded.body(), uploaded.statusCode(), is(200));
        AtomicReference<String> viewState = new AtomicReference<>(viewState(uploaded.body()));
        String nonce = nonce(uploaded.body());
        String polled = "";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!polled.contains("people-report") && Instant.now().isBefore(deadline)) {
            HttpResponse<String> poll = browser.send(HttpRequest.newBuilder(browser.uri("admin/people-import.xhtml"))
                    .header("Faces-Request", "partial/ajax")
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"
                            + "&jakarta.faces.source=people-poll&jakarta.faces.partial.execute=people-poll"
                            + "&jakarta.faces.partial.render=people-status&people-poll=people-poll"
                            + "&people-progress-form=people-progress-form&jakarta.faces.ViewState="
                            + PageBrowser.encode(viewState.get())
                            + (nonce.isEmpty() ? "" : "&primefaces.nonce=" + PageBrowser.encode(nonce))))
                    .build());
            Matcher newState = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>").matcher(poll.body());
            if (newState.find()) {
                viewState.set(newState.group(1));
            }
            polled = poll.body();
            if (!polled.contains("people-report")) {
                pause();
            }
        }
        assertThat(polled, containsString("people-report"));
        return polled;
    }

    /** The pace of the page's own poll (it asks every second). */
    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String viewState(String page) {
        Matcher state = PageBrowser.VIEW_STATE.matcher(page);
        assertThat("view state on the page", state.find(), is(true));
        return state.group(1).replace("&#58;", ":");
    }

    private static String nonce(String page) {
        Matcher nonce = PageBrowser.NONCE_FIELD.matcher(page);
        return nonce.find() ? nonce.group(1) : "";
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndOnlyAdminsImport() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        Api.Reply tooLarge = importPeople(big, "apply=false");
        assertThat(tooLarge.body(), tooLarge.status(), is(413));
        assertThat(tooLarge.json().getString("code"), is("api.file.tooLarge"));
        assertThat(tooLarge.json().getString("detail"), containsString("10 Mo"));

        byte[] file = (HEADER + "x" + run + ";x" + run + "@mail.test;X;Y;" + SCHOOL_A + ";ENS;100\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new Api(url).as("dsi", PASSWORD).post("api/people/imports", "text/csv", file).status(), is(403));
        assertThat(new Api(url).as("enseignant", PASSWORD).post("api/people/imports?apply=true", "text/csv", file)
                .status(), is(403));
        assertThat(new PageBrowser(url).get("admin/people-import.xhtml").statusCode(), is(302));
        PageBrowser staff = new PageBrowser(url);
        assertThat(staff.login("dsi", PASSWORD).statusCode(), is(302));
        assertThat(staff.get("admin/people-import.xhtml").statusCode(), is(403));
    }
}
