package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hours due per circonscription: strict pro rata or the inspector's table, a quotité missing from
 * the table counting pro rata; edited only by an inspector of that circonscription (or an admin),
 * with every refusal of a broken table; the teacher's hours and page, the inspector's table and
 * export, and the year's closing follow the rule chosen.
 */
class HoursDueIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String PASSWORD_NEW = "Heures-dues-2031";
    private static final String CENTRE = uai(341101);
    private static final String CENTRE_SCHOOL = uai(349101);
    private static final String EST = uai(341102);
    private static final String TABLE = """
            {"policy":"TABLE","table":[{"percent":75,"minutes":900},{"percent":50,"minutes":540}]}""";
    private static final String PRORATA = "{\"policy\":\"PRORATA\",\"table\":[]}";
    /** Monday 9 June 2031, 10:00 in Paris, and 1 September 2031, 00:30 in Paris. */
    private static final Instant JUNE = Instant.parse("2031-06-09T08:00:00Z");
    private static final Instant SEPTEMBER = Instant.parse("2031-08-31T22:30:00Z");

    private static String uai(int digits) {
        return String.format("%07d", digits) + LETTERS.charAt(digits % 23);
    }

    private Api admin() {
        return new Api(url).as("admin", PASSWORD);
    }

    private Api ien() {
        return new Api(url).as("ien", PASSWORD);
    }

    private String account(String roles, String place) {
        String username = "dues." + System.nanoTime() % 1_000_000;
        Api.Reply created = admin().postJson("api/accounts", """
                {"username":"%s","firstName":"Heures","lastName":"Dues","email":"%s@mail.test","roles":[%s],
                 %s,"password":"%s"}""".formatted(username, username, roles, place, PASSWORD_NEW));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private String teacher(int percent) {
        return account("\"TEACHER\"", "\"schoolUai\":\"" + CENTRE_SCHOOL + "\",\"workingTimePercent\":" + percent);
    }

    private void refused(String body, String code) {
        Api.Reply refused = ien().putJson("api/training/hours-rules", body);
        assertThat(refused.body(), refused.status(), is(400));
        assertThat(refused.json().getString("code"), is(code));
    }

    @Test
    void theTablePolicyChangesTheHoursDueEverywhereAndFallsBackToProRata() {
        String full = teacher(75);
        String eighty = teacher(80);
        Api teacher = new Api(url).as(full, PASSWORD_NEW);
        try {
            JsonObject rules = ien().get("api/training/hours-rules").json();
            assertThat(rules.getString("circonscriptionCode"), is(CENTRE));
            JsonObject before = teacher.get("api/training/my-hours").json();
            assertThat(before.getInt("minutesDue"), is(810));
            assertThat(before.getString("dueSource"), is("PRORATA"));

            Api.Reply changed = ien().putJson("api/training/hours-rules", TABLE);
            assertThat(changed.body(), changed.status(), is(200));
            assertThat(changed.json().getString("policy"), is("TABLE"));
            assertThat(changed.json().getJsonArray("table").size(), is(2));

            JsonObject after = teacher.get("api/training/my-hours").json();
            assertThat(after.getInt("minutesDue"), is(900));
            assertThat(after.getInt("minutesRemaining"), is(900));
            assertThat(after.getString("dueSource"), is("TABLE"));
            assertThat(after.getString("dueCirconscription"), is(rules.getString("circonscriptionName")));
            JsonObject fallback = new Api(url).as(eighty, PASSWORD_NEW).get("api/training/my-hours").json();
            assertThat(fallback.getInt("minutesDue"), is(870));
            assertThat(fallback.getString("dueSource"), is("PRORATA_FALLBACK"));

            List<JsonObject> table = ien().get("api/training/hours").structure().asJsonArray()
                    .getValuesAs(JsonObject.class);
            JsonObject row = table.stream().filter(t -> t.getString("username").equals(full)).findFirst()
                    .orElseThrow();
            assertThat(row.getJsonObject("hours").getInt("minutesDue"), is(900));
            assertThat(ien().get("api/training/hours.csv").body(), containsString("Dues;Heures;75;15,00;"));
            assertThat(ien().get("api/training/hours.csv").body(), containsString("Dues;Heures;80;14,50;"));

            PageBrowser browser = new PageBrowser(url);
            assertThat(browser.login(full, PASSWORD_NEW).statusCode(), is(302));
            assertThat(browser.get("training/catalogue.xhtml").body(), containsString("barème de la circonscription"));
            PageBrowser inspector = new PageBrowser(url);
            assertThat(inspector.login("ien", PASSWORD).statusCode(), is(302));
            String settings = inspector.get("training/hours-settings.xhtml").body();
            assertThat(settings, containsString("Barème de la circonscription"));
            assertThat(settings, containsString(rules.getString("circonscriptionName")));
        } finally {
            assertThat(ien().putJson("api/training/hours-rules", PRORATA).status(), is(200));
        }
        assertThat(teacher.get("api/training/my-hours").json().getInt("minutesDue"), is(810));
    }

    @Test
    void aBrokenTableIsRefusedWithItsReason() {
        refused("""
                {"policy":"TABLE","table":[{"percent":75,"minutes":900},{"percent":75,"minutes":810}]}""",
                "hoursDue.table.duplicate");
        refused("""
                {"policy":"TABLE","table":[{"percent":101,"minutes":900}]}""", "hoursDue.table.percent");
        refused("""
                {"policy":"TABLE","table":[{"percent":50,"minutes":1081}]}""", "hoursDue.table.minutes");
        refused("{\"policy\":\"TABLE\",\"table\":[]}", "hoursDue.table.empty");
        refused("{\"policy\":\"PRORATA\",\"postcode\":\"3450\"}", "circonscription.postcode.invalid");
        assertThat(ien().get("api/training/hours-rules").json().getString("policy"), is("PRORATA"));
    }

    @Test
    void onlyAnInspectorOfTheCirconscriptionOrAnAdminChangesIt() {
        String otherInspector = account("\"INSPECTOR\"", "\"circonscriptionCode\":\"" + EST + "\"");
        Api other = new Api(url).as(otherInspector, PASSWORD_NEW);
        assertThat(other.get("api/training/hours-rules").json().getString("circonscriptionCode"), is(EST));
        assertThat(other.get("api/training/hours-rules?circonscription=" + CENTRE).status(), is(404));
        assertThat(other.putJson("api/training/hours-rules?circonscription=" + CENTRE, TABLE).status(), is(404));
        assertThat(new Api(url).as("enseignant", PASSWORD).get("api/training/hours-rules").status(), is(403));
        assertThat(new Api(url).as("dsi", PASSWORD).putJson("api/training/hours-rules", TABLE).status(), is(403));
        assertThat(new Api(url).anonymous().get("api/training/hours-rules").status(), is(401));
        assertThat(admin().get("api/training/hours-rules").status(), is(404));
        Api.Reply byAdmin = admin().get("api/training/hours-rules?circonscription=" + EST);
        assertThat(byAdmin.body(), byAdmin.status(), is(200));
        assertThat(byAdmin.json().getString("circonscriptionCode"), is(EST));
        assertThat(ien().get("api/training/hours-rules").json().getString("policy"), is("PRORATA"));
    }

    @Test
    void theYearClosesWithTheHoursDueOfTheRuleThenKeepsThem() {
        try (FixedClock clock = FixedClock.at(url, JUNE)) {
            String name = teacher(75);
            Api teacher = new Api(url).as(name, PASSWORD_NEW);
            try {
                assertThat(ien().putJson("api/training/hours-rules", TABLE).status(), is(200));
                long offer = offer("Heures dues " + System.nanoTime(), "DEPARTEMENTALE", "PRESENTIEL", 180,
                        JUNE.minus(Duration.ofDays(1)), JUNE.plus(Duration.ofDays(1)), "");
                long session = session(offer, JUNE.plus(Duration.ofDays(2)).minus(Duration.ofHours(1)),
                        Duration.ofHours(3), 10, "");
                publish(offer);
                assertThat(teacher.send("PUT", "api/training/sessions/" + session + "/booking").status(), is(200));
                clock.move(JUNE.plus(Duration.ofDays(2)));
                assertThat(ien().putJson("api/training/sessions/" + session + "/attendance/" + name,
                        "{\"attendance\":\"PRESENT\"}").status(), is(200));
                clock.move(SEPTEMBER);
                Api.Reply run = admin().post("api/school-years/rollover", "application/json", new byte[0]);
                assertThat(run.body(), run.status(), is(200));
            } finally {
                assertThat(ien().putJson("api/training/hours-rules", PRORATA).status(), is(200));
            }
            JsonObject closed = teacher.get("api/training/my-hours?year=2030").json();
            assertThat(closed.getInt("minutesDue"), is(900));
            assertThat(closed.getInt("minutesDone"), is(180));
            assertThat(closed.getString("dueSource"), is("FROZEN"));
            JsonObject now = teacher.get("api/training/my-hours").json();
            assertThat(now.getInt("minutesDue"), is(810));
            assertThat(now.getString("dueSource"), is("PRORATA"));
        }
    }
}
