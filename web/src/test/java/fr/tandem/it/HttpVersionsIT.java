package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Optimistic concurrency in HTTP on the real API: an answer carrying a version carries it as its
 * {@code ETag}; a write may send it back in {@code If-Match}, which replaces the body's version, and
 * a stale one answers 412 {@code concurrent.stale} and changes nothing; without {@code If-Match} a
 * stale body version still answers 409; {@code If-Match: *} leaves the body's version as sent; a
 * malformed {@code If-Match} answers 400.
 */
class HttpVersionsIT extends ApiTestBase {

    /** The demo school of the demo head teacher and teacher. */
    private static final String SCHOOL = "0349104L";
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private static String tag(long version) {
        return "\"" + version + "\"";
    }

    private static long version(Api.Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    /** The answer's ETag is its body's version, in double quotes. */
    private static long taggedVersion(Api.Reply reply) {
        assertThat(reply.body(), reply.header("ETag"), is(tag(version(reply))));
        return version(reply);
    }

    private static void assertStale(Api.Reply reply, String detail) {
        assertThat(reply.body(), reply.status(), is(412));
        assertThat(reply.contentType(), startsWith("application/problem+json"));
        assertThat(reply.json().getString("code"), is("concurrent.stale"));
        assertThat(reply.json().getString("detail"), containsString(detail));
        assertThat(reply.json().getString("instance"), startsWith("/"));
        assertThat(reply.header("ETag"), nullValue());
    }

    @Test
    void aSchoolsVersionIsItsETagAndIfMatchGuardsItsChanges() throws SQLException {
        api.as("dsi", PASSWORD);
        String circonscription = api.get("api/circonscriptions").structure().asJsonArray().getJsonObject(0)
                .getString("code");
        int number = 345000 + ThreadLocalRandom.current().nextInt(1000);
        String uai = "0" + number + CHECK_LETTERS.charAt(number % 23);
        String body = """
                {"uai":"%s","name":"%s","kind":"PRIMAIRE","street":"1 rue des Versions","postcode":"34500",
                 "communeCode":"34032","communeName":"Béziers","priority":"NONE","state":"OPEN",
                 "circonscriptionCode":"%s"%s}""";
        Api.Reply created = api.postJson("api/schools", body.formatted(uai, "École des versions", circonscription, ""));
        assertThat(created.body(), created.status(), is(201));
        long first = taggedVersion(created);

        Api.Reply read = api.get("api/schools/" + uai);
        assertThat(read.status(), is(200));
        assertThat(taggedVersion(read), is(first));
        assertThat("a list is no object with a version", api.get("api/schools?size=1").header("ETag"), nullValue());

        // the ETag read, sent back: the change is made and the answer carries the new ETag
        Api.Reply changed = api.header("If-Match", tag(first))
                .putJson("api/schools/" + uai, body.formatted(uai, "École des versions 2", circonscription, ""));
        assertThat(changed.body(), changed.status(), is(200));
        long second = taggedVersion(changed);
        assertThat(second, not(is(first)));

        // the old ETag: 412, in French and in English, and nothing changed
        String third = body.formatted(uai, "École des versions 3", circonscription, "");
        assertStale(api.putJson("api/schools/" + uai, third), "relisez-le (ETag)");
        assertStale(api.inLanguage("en").putJson("api/schools/" + uai, third), "Someone changed this item since you read it");
        api.inLanguage("fr").header("If-Match", null);
        Api.Reply after = api.get("api/schools/" + uai);
        assertThat(after.json().getString("name"), is("École des versions 2"));
        assertThat(taggedVersion(after), is(second));
        Optional<Connection> database = StoredData.connection();
        if (database.isPresent()) {
            try (Connection connection = database.get();
                 PreparedStatement stored = connection.prepareStatement("select name, version from school where uai = ?")) {
                stored.setString(1, uai);
                try (ResultSet row = stored.executeQuery()) {
                    assertThat(row.next(), is(true));
                    assertThat(row.getString(1), is("École des versions 2"));
                    assertThat(row.getLong(2), is(second));
                }
            }
        }

        // without If-Match, a stale version in the body is still a 409
        Api.Reply conflict = api.putJson("api/schools/" + uai,
                body.formatted(uai, "École des versions 3", circonscription, ",\"version\":" + first));
        assertThat(conflict.status(), is(409));
        assertThat(conflict.json().getString("code"), is("concurrent.change"));

        // If-Match replaces the body's version
        Api.Reply replaced = api.header("If-Match", tag(second)).putJson("api/schools/" + uai,
                body.formatted(uai, "École des versions 3", circonscription, ",\"version\":" + first));
        assertThat(replaced.body(), replaced.status(), is(200));
        long third3 = taggedVersion(replaced);

        // If-Match: * leaves the body's version as sent: none or the current one is accepted, a stale one is a 409
        api.header("If-Match", "*");
        Api.Reply any = api.putJson("api/schools/" + uai,
                body.formatted(uai, "École des versions 4", circonscription, ",\"version\":" + third3));
        assertThat(any.body(), any.status(), is(200));
        Api.Reply anyStale = api.putJson("api/schools/" + uai,
                body.formatted(uai, "École des versions 5", circonscription, ",\"version\":" + first));
        assertThat(anyStale.status(), is(409));
        assertThat(anyStale.json().getString("code"), is("concurrent.change"));

        // malformed: a weak tag, no quotes, a list, a word
        for (String malformed : new String[]{"W/" + tag(third3), String.valueOf(third3), tag(first) + ", " + tag(third3),
                "\"abc\""}) {
            Api.Reply refused = api.header("If-Match", malformed).putJson("api/schools/" + uai,
                    body.formatted(uai, "École des versions 6", circonscription, ""));
            assertThat(malformed, refused.status(), is(400));
            assertThat(refused.json().getString("code"), is("api.ifMatch.invalid"));
            assertThat(refused.json().getString("detail"), containsString("L'en-tête If-Match"));
        }
        Api.Reply refusedEn = api.inLanguage("en").header("If-Match", "W/\"1\"").putJson("api/schools/" + uai,
                body.formatted(uai, "École des versions 6", circonscription, ""));
        assertThat(refusedEn.status(), is(400));
        assertThat(refusedEn.json().getString("detail"), containsString("The If-Match header \"W/\"1\"\" is not valid"));
        assertThat(api.header("If-Match", null).get("api/schools/" + uai).json().getString("name"),
                is("École des versions 4"));
    }

    @Test
    void anItemsVersionIsItsETagAndIfMatchGuardsItsChanges() {
        String serial = "etag-" + System.nanoTime();
        String form = """
                {"serialNumber":"%s","schoolUai":"%s","type":"INTERACTIVE_SCREEN","brand":"Speechi","model":"S-86",
                 "room":"%s","purchaseDate":"2025-09-01","price":4000,"tneAmount":2400,"warrantyEnd":"2030-08-31"}""";
        Api.Reply created = api.as("dsi", PASSWORD).postJson("api/equipment", form.formatted(serial, SCHOOL, "CP"));
        assertThat(created.body(), created.status(), is(201));
        long id = created.json().getJsonNumber("id").longValue();
        long first = taggedVersion(api.get("api/equipment/" + id));

        Api.Reply moved = api.header("If-Match", tag(first)).putJson("api/equipment/" + id, form.formatted(serial, SCHOOL, "CM1"));
        assertThat(moved.body(), moved.status(), is(200));
        long second = taggedVersion(moved);
        assertStale(api.putJson("api/equipment/" + id, form.formatted(serial, SCHOOL, "CM2")), "relisez-le");
        api.header("If-Match", null);
        Api.Reply after = api.get("api/equipment/" + id);
        assertThat(after.json().getString("room"), is("CM1"));
        assertThat(taggedVersion(after), is(second));

        // a body without a version: If-Match is ignored, even malformed
        Api.Reply status = api.header("If-Match", "W/\"0\"").putJson("api/equipment/" + id + "/status",
                "{\"status\":\"BROKEN\",\"note\":\"Écran fissuré\"}");
        assertThat(status.body(), status.status(), is(200));
        assertThat(status.json().getString("status"), is("BROKEN"));
    }

    @Test
    void anAccountsVersionIsItsETagAndIfMatchGuardsItsChanges() {
        String school = new Api(url).as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String username = "etag." + System.nanoTime() % 1_000_000;
        String account = """
                {"username":"%s","firstName":"%s","lastName":"Versions","email":"etag@example.org",
                 "roles":["TEACHER"],"schoolUai":"%s","workingTimePercent":100}""";
        Api admin = api.as("admin", PASSWORD);
        Api.Reply created = admin.postJson("api/accounts", account.formatted(username, "Paul", school)
                .replace("100}", "100,\"password\":\"Motdepasse-2026\"}"));
        assertThat(created.body(), created.status(), is(201));
        long first = taggedVersion(admin.get("api/accounts/" + username));

        Api.Reply renamed = admin.header("If-Match", tag(first)).putJson("api/accounts/" + username,
                account.formatted(username, "Pierre", school));
        assertThat(renamed.body(), renamed.status(), is(200));
        long second = taggedVersion(renamed);
        assertStale(admin.inLanguage("en").putJson("api/accounts/" + username, account.formatted(username, "Jacques", school)),
                "read it again (ETag)");
        Api.Reply after = admin.header("If-Match", null).get("api/accounts/" + username);
        assertThat(after.json().getString("firstName"), is("Pierre"));
        assertThat(taggedVersion(after), is(second));
    }

    @Test
    void aCitysVersionIsItsETagAndIfMatchGuardsItsChanges() {
        Api admin = api.as("admin", PASSWORD);
        Api.Reply created = null;
        String name = null;
        String commune = null;
        for (int attempt = 0; attempt < 10 && (created == null || created.status() == 409); attempt++) {
            commune = "95" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
            name = "Ville des versions " + commune + "-" + System.nanoTime() % 100_000;
            created = admin.postJson("api/cities", "{\"name\":\"%s\",\"communes\":[\"%s\"]}".formatted(name, commune));
        }
        assertThat(created.body(), created.status(), is(201));
        JsonObject city = created.json();
        long id = city.getJsonNumber("id").longValue();
        long first = taggedVersion(created);
        assertThat(taggedVersion(admin.get("api/cities/" + id)), is(first));

        Api.Reply renamed = admin.header("If-Match", tag(first)).putJson("api/cities/" + id,
                "{\"name\":\"%s bis\",\"communes\":[\"%s\"]}".formatted(name, commune));
        assertThat(renamed.body(), renamed.status(), is(200));
        long second = taggedVersion(renamed);
        assertStale(admin.putJson("api/cities/" + id, "{\"name\":\"%s ter\",\"communes\":[\"%s\"]}".formatted(name, commune)),
                "Quelqu'un a modifié cet élément depuis que vous l'avez lu");
        Api.Reply after = admin.header("If-Match", null).get("api/cities/" + id);
        assertThat(after.json().getString("name"), is(name + " bis"));
        assertThat(taggedVersion(after), is(second));
    }
}
