package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Teachers' satisfaction with resolved requests on Payara Micro: only the request's teacher rates
 * it, only once it is resolved, one rating per request (changed within seven days, then final, and
 * one even when sent many times at once); the resolution mail links to the rating; the dashboard
 * counts ratings per month and category, and the requests the knowledge base spared, on data
 * made in school years no other test uses; its CSV keeps a hostile answer title from being a formula.
 */
class SatisfactionIT extends ApiTestBase {

    private static final String SCHOOL = "0349104L";
    private static final String SECRET = "Motdepasse-2026";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    /** A teacher of the demo school of its own, so that its requests and mails are the test's only. */
    private String teacher() {
        String username = "sat." + System.nanoTime() % 1_000_000;
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Test","lastName":"Avis","email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":100,"password":"%s"}""".formatted(username, username, SCHOOL, SECRET));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private long report(Api teacher, String category) {
        Api.Reply created = teacher.postJson("api/support/requests", """
                {"category":"%s","subject":"Avis %d","description":"Il ne marche plus."}""".formatted(category, System.nanoTime()));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private void resolve(long id) {
        Api.Reply resolved = new Api(url).as("dsi", PASSWORD).postJson("api/support/requests/" + id + "/resolution",
                "{\"text\":\"Réparé.\"}");
        assertThat(resolved.body(), resolved.status(), is(200));
    }

    private static String row(JsonObject row) {
        return row.getString("key") + " " + row.getInt("satisfied") + " " + row.getInt("notSatisfied");
    }

    private static String rating(boolean satisfied, String comment) {
        return "{\"satisfied\":" + satisfied + ",\"comment\":\"" + comment + "\"}";
    }

    @Test
    void onlyTheRequestsTeacherRatesItOnceResolvedAndMayChangeItForSevenDays() throws Exception {
        String username = teacher();
        Api teacher = new Api(url).as(username, SECRET);
        long id = report(teacher, "HARDWARE");
        String path = "api/support/requests/" + id + "/satisfaction";
        Api.Reply early = teacher.putJson(path, rating(true, "Déjà ?"));
        assertThat(early.status(), is(400));
        assertThat(early.json().getString("code"), is("support.satisfaction.notResolved"));
        resolve(id);

        List<MimeMessage> mails = mailbox.to(username, 2);
        assertThat(Mailbox.text(mails.get(mails.size() - 1)),
                containsString("support/request.xhtml?id=" + id + "#satisfaction"));

        Api.Reply byTheHead = new Api(url).as("directrice", PASSWORD).putJson(path, rating(true, ""));
        assertThat(byTheHead.status(), is(400));
        assertThat(byTheHead.json().getString("code"), is("support.satisfaction.requesterOnly"));
        Api.Reply byStaff = new Api(url).as("dsi", PASSWORD).inLanguage("en").putJson(path, rating(true, ""));
        assertThat(byStaff.json().getString("detail"), is("Only the person who made the request can rate its resolution."));
        assertThat(new Api(url).as("enseignant01", PASSWORD).putJson(path, rating(true, "")).status(), is(404));
        Api.Reply nothing = teacher.putJson(path, "{\"comment\":\"Sans avis\"}");
        assertThat(nothing.json().getString("detail"), is("Dites si la solution vous convient (satisfait ou pas satisfait)."));
        assertThat(teacher.get("api/support/requests/" + id).json().containsKey("satisfaction"), is(false));

        Api.Reply given = teacher.putJson(path, rating(false, "Trop long."));
        assertThat(given.body(), given.status(), is(200));
        assertThat(given.json().getBoolean("satisfied"), is(false));
        assertThat(given.json().getBoolean("changeable"), is(true));
        assertThat(teacher.putJson(path, rating(true, "Finalement, ça va.")).json().getBoolean("satisfied"), is(true));
        JsonObject seenByStaff = new Api(url).as("dsi", PASSWORD).get("api/support/requests/" + id).json();
        assertThat(seenByStaff.getJsonObject("satisfaction").getString("comment"), is("Finalement, ça va."));
        assertThat(seenByStaff.getBoolean("rateable"), is(false));
        assertThat(teacher.get("api/support/requests/" + id).json().getBoolean("rateable"), is(true));

        try (FixedClock clock = FixedClock.at(url, Instant.now().plus(Duration.ofDays(8)))) {
            Api.Reply late = teacher.putJson(path, rating(false, "Trop tard ?"));
            assertThat(late.status(), is(400));
            assertThat(late.json().getString("detail"),
                    is("Votre avis ne peut être changé que dans les 7 jours qui suivent : il est définitif."));
            assertThat(teacher.get("api/support/requests/" + id).json().getBoolean("rateable"), is(false));
        }
        assertThat(teacher.get("api/support/requests/" + id).json().getJsonObject("satisfaction").getBoolean("satisfied"),
                is(true));
    }

    @Test
    void theDashboardCountsRatingsPerMonthAndCategoryAndTheRequestsSpared() {
        String username = teacher();
        Api teacher = new Api(url).as(username, SECRET);
        Api dsi = new Api(url).as("dsi", PASSWORD);
        String hostile = "=HYPERLINK(\"http://evil\") <script>x</script> " + System.nanoTime();
        long answer = dsi.postJson("api/support/answers", """
                {"category":"OTHER","titleFr":%s,"answerFr":"Essayez ceci.","published":true}"""
                .formatted(Json.createValue(hostile))).json().getJsonNumber("id").longValue();
        try (FixedClock clock = FixedClock.at(url, Instant.parse("2033-10-06T08:00:00Z"))) {
            long screen = report(teacher, "HARDWARE");
            long software = report(teacher, "SOFTWARE");
            resolve(screen);
            resolve(software);
            assertThat(teacher.putJson("api/support/requests/" + screen + "/satisfaction", rating(true, "")).status(), is(200));
            assertThat(teacher.putJson("api/support/requests/" + software + "/satisfaction", rating(false, "")).status(),
                    is(200));
            assertThat(teacher.post("api/support/answers/" + answer + "/solved", "application/json", new byte[0]).status(),
                    is(204));
            assertThat(teacher.post("api/support/answers/" + answer + "/solved", "application/json", new byte[0]).status(),
                    is(204));
            // 1 November 2033, 00:30 in Paris: November's, though still 31 October in UTC
            clock.move(Instant.parse("2033-10-31T23:30:00Z"));
            long later = report(teacher, "HARDWARE");
            resolve(later);
            assertThat(teacher.putJson("api/support/requests/" + later + "/satisfaction", rating(true, "")).status(), is(200));
        }
        JsonObject figures = dsi.get("api/dashboard/satisfaction?year=2033&school=" + SCHOOL).json();
        assertThat(figures.getString("schoolYear"), is("2033-2034"));
        assertThat(figures.getInt("satisfied"), is(2));
        assertThat(figures.getInt("notSatisfied"), is(1));
        assertThat(figures.getInt("spared"), is(2));
        List<JsonObject> months = figures.getJsonArray("months").getValuesAs(JsonObject.class);
        assertThat(months.size(), is(12));
        assertThat(row(months.get(1)), is("2033-10 1 1"));
        assertThat(row(months.get(2)), is("2033-11 1 0"));
        List<JsonObject> categories = figures.getJsonArray("categories").getValuesAs(JsonObject.class);
        assertThat(row(categories.get(0)), is("HARDWARE 2 0"));
        assertThat(row(categories.get(1)), is("SOFTWARE 0 1"));
        assertThat(figures.getJsonArray("answers").getJsonObject(0).getString("title"), is(hostile));
        assertThat(new Api(url).as("dsi.villeneuve", PASSWORD).get("api/dashboard/satisfaction?year=2033").json()
                .getInt("satisfied"), is(0));
        assertThat(teacher.get("api/dashboard/satisfaction").status(), is(403));

        String csv = dsi.get("api/dashboard/satisfaction.csv?year=2033&school=" + SCHOOL).body();
        assertThat(csv, containsString("Mois;2033-10;1;1;"));
        assertThat(csv, containsString("Catégorie;Matériel;2;0;"));
        assertThat(csv, containsString("Réponse de la base de connaissances;\"'=HYPERLINK(\"\"http://evil\"\") <script>x</script> "));
        assertThat(csv, containsString("Total de l'année scolaire;2033-2034;2;1;2"));
    }

    @Test
    void manyRatingsSentAtOnceMakeOne() throws Exception {
        String username = teacher();
        Api teacher = new Api(url).as(username, SECRET);
        List<Integer> statuses = new ArrayList<>();
        try (FixedClock clock = FixedClock.at(url, Instant.parse("2035-03-10T09:00:00Z"))) {
            long id = report(teacher, "OTHER");
            resolve(id);
            int raters = 10;
            ExecutorService pool = Executors.newFixedThreadPool(raters);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < raters; i++) {
                boolean satisfied = i % 2 == 0;
                replies.add(pool.submit(() -> {
                    Api own = new Api(url).as(username, SECRET);
                    start.await();
                    return own.putJson("api/support/requests/" + id + "/satisfaction", rating(satisfied, "")).status();
                }));
            }
            start.countDown();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            pool.shutdown();
        }
        assertThat(statuses, everyItem(is(200)));
        JsonObject figures = new Api(url).as("dsi", PASSWORD).get("api/dashboard/satisfaction?year=2034&school=" + SCHOOL)
                .json();
        assertThat(figures.getInt("satisfied") + figures.getInt("notSatisfied"), is(1));
    }
}
