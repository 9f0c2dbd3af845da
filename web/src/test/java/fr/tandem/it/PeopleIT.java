package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import fr.tandem.people.control.RecentTokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * People and security of the REST API on Payara Micro: Basic and token authentication,
 * roles, account administration with deactivation, and errors as problem+json.
 */
class PeopleIT extends ApiTestBase {

    @Test
    void healthIsOpenAndEverythingElseNeedsAuthentication() {
        assertThat(api.anonymous().get("api/health").json().getString("status"), is("UP"));
        Api.Reply anonymous = api.get("api/me");
        assertThat(anonymous.status(), is(401));
        assertThat(anonymous.challenge(), startsWith("Basic"));
        assertThat(anonymous.contentType(), startsWith("application/problem+json"));
        assertThat(api.as("dsi", "wrong-password-1").get("api/me").status(), is(401));
        assertThat(api.as("nobody", PASSWORD).get("api/me").status(), is(401));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Reply document = api.anonymous().get("/openapi");
        assertThat(document.status(), is(200));
        assertThat(document.body(), containsString("/api/schools/import"));
        assertThat(document.body(), containsString("/api/me/tokens"));
    }

    @Test
    void eachDemoAccountHasItsRoles() {
        assertThat(roles("admin"), containsInAnyOrder("ADMIN"));
        assertThat(roles("dsi"), containsInAnyOrder("CITY_STAFF"));
        assertThat(roles("ien"), containsInAnyOrder("INSPECTOR"));
        assertThat(roles("directrice"), containsInAnyOrder("HEAD_TEACHER", "TEACHER"));
        assertThat(roles("enseignant"), containsInAnyOrder("TEACHER"));
        JsonObject teacher = api.as("enseignant", PASSWORD).get("api/me").json();
        assertThat(teacher.getInt("workingTimePercent"), is(75));
        assertThat(teacher.getString("schoolUai"), notNullValue());
        assertThat(teacher.containsKey("passwordHash"), is(false));
    }

    private java.util.List<String> roles(String username) {
        return api.as(username, PASSWORD).get("api/me").json().getJsonArray("roles").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
    }

    @Test
    void personalTokensAuthenticateUntilRevoked() {
        Api.Reply created = api.as("ien", PASSWORD).postJson("api/me/tokens", "{\"label\":\"script de test\"}");
        assertThat(created.body(), created.status(), is(201));
        String secret = created.json().getString("secret");
        long id = created.json().getJsonObject("token").getJsonNumber("id").longValue();
        assertThat(secret, startsWith("tdm_"));

        assertThat(api.withToken(secret).get("api/me").json().getString("username"), is("ien"));
        assertThat(api.withToken(secret + "x").get("api/me").status(), is(401));

        assertThat(api.as("dsi", PASSWORD).delete("api/me/tokens/" + id).status(), is(404));
        assertThat(api.as("ien", PASSWORD).delete("api/me/tokens/" + id).status(), is(200));
        assertThat(api.withToken(secret).get("api/me").status(), is(401));

        Api.Reply noLabel = api.as("ien", PASSWORD).postJson("api/me/tokens", "{\"label\":\"  \"}");
        assertThat(noLabel.status(), is(400));
    }

    @Test
    void adminsManageAccountsAndDeactivationStopsLogin() {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String account = """
                {"username":"%s","firstName":"Zoé","lastName":"Essai","email":"zoe.essai@example.org",
                 "roles":["TEACHER"],"schoolUai":"%s","workingTimePercent":50,"password":"Motdepasse-2026"}""";
        String username = "zoe.essai." + System.nanoTime() % 100000;

        assertThat(api.as("dsi", PASSWORD).postJson("api/accounts", account.formatted(username, school)).status(), is(403));

        Api.Reply weak = api.as("admin", PASSWORD).postJson("api/accounts",
                account.formatted(username, school).replace("Motdepasse-2026", "court"));
        assertThat(weak.status(), is(400));
        assertThat(weak.json().getString("detail"), containsString("12 caractères"));

        Api.Reply noSchool = api.postJson("api/accounts", account.formatted(username, ""));
        assertThat(noSchool.status(), is(400));
        assertThat(api.inLanguage("en").postJson("api/accounts", account.formatted(username, "")).json()
                .getString("detail"), containsString("must belong to a school"));

        Api.Reply created = api.inLanguage("fr").postJson("api/accounts", account.formatted(username, school));
        assertThat(created.body(), created.status(), is(201));
        assertThat(created.location(), containsString("/api/accounts/" + username));
        assertThat(api.postJson("api/accounts", account.formatted(username, school)).status(), is(409));

        assertThat(api.as(username, "Motdepasse-2026").get("api/me").json().getInt("workingTimePercent"), is(50));
        JsonObject found = api.as("admin", PASSWORD).get("api/accounts?q=ZOE%20essai&role=TEACHER").json();
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("username").equals(username)), is(true));

        assertThat(api.as("admin", PASSWORD).post("api/accounts/" + username + "/deactivation", "application/json",
                new byte[0]).status(), is(200));
        assertThat(api.as(username, "Motdepasse-2026").get("api/me").status(), is(401));
        JsonObject kept = api.as("admin", PASSWORD).get("api/accounts/" + username).json();
        assertThat(kept.getBoolean("active"), is(false));
        assertThat(kept.getString("deactivatedAt"), notNullValue());

        assertThat(api.get("api/accounts?q=" + username).json().getJsonNumber("total").longValue(), is(0L));
        assertThat(api.get("api/accounts?inactive=true&q=" + username).json().getJsonNumber("total").longValue(), is(1L));
        api.post("api/accounts/" + username + "/activation", "application/json", new byte[0]);
        assertThat(api.as(username, "Motdepasse-2026").get("api/me").status(), is(200));

        Api.Reply self = api.as("admin", PASSWORD).post("api/accounts/admin/deactivation", "application/json", new byte[0]);
        assertThat(self.status(), is(400));
    }

    @Test
    void aMoveToAnotherSchoolKeepsTheSchoolsBeforeInTheHistory() {
        List<String> schools = api.as("admin", PASSWORD).get("api/schools?size=2").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("uai")).toList();
        String username = "mobile." + System.nanoTime() % 100000;
        String account = """
                {"username":"%s","firstName":"Léa","lastName":"Mobile","email":"lea.mobile@example.org",
                 "roles":["TEACHER"],"schoolUai":"%s"%s}""";
        assertThat(api.postJson("api/accounts", account.formatted(username, schools.get(0),
                ",\"password\":\"Motdepasse-2026\"")).status(), is(201));
        long version = api.get("api/accounts/" + username).json().getJsonNumber("version").longValue();
        Api.Reply moved = api.putJson("api/accounts/" + username,
                account.formatted(username, schools.get(1), ",\"version\":" + version));
        assertThat(moved.body(), moved.status(), is(200));

        List<JsonObject> history = api.get("api/accounts/" + username + "/schools").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(history.size(), is(2));
        assertThat(history.get(0).getString("schoolUai"), is(schools.get(0)));
        assertThat(history.get(0).getString("until"), notNullValue());
        assertThat(history.get(1).getString("schoolUai"), is(schools.get(1)));
        assertThat(history.get(1).containsKey("until"), is(false));
        assertThat(api.as("dsi", PASSWORD).get("api/accounts/" + username + "/schools").status(), is(403));
    }

    @Test
    void aPersonChoosesTheirLanguageThroughTheApi() {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String username = "langue.essai." + System.nanoTime() % 100000;
        Api.Reply created = api.as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Ada","lastName":"Langue","email":"%s@example.org","roles":["TEACHER"],
                 "schoolUai":"%s","password":"Motdepasse-2026"}""".formatted(username, username, school));
        assertThat(created.body(), created.status(), is(201));
        Api self = new Api(url).as(username, "Motdepasse-2026");
        assertThat(self.get("api/me").json().getString("language"), is("fr"));

        Api.Reply english = self.putJson("api/me/language", "{\"language\":\"en\"}");
        assertThat(english.body(), english.status(), is(200));
        assertThat(english.json().getString("language"), is("en"));
        assertThat(self.get("api/me").json().getString("language"), is("en"));

        Api.Reply german = self.putJson("api/me/language", "{\"language\":\"de\"}");
        assertThat(german.status(), is(400));
        assertThat(german.json().getString("code"), is("language.unknown"));
        assertThat(self.get("api/me").json().getString("language"), is("en"));
    }

    @Test
    void teachersCannotReadAccountsAndErrorsNeverLeakInternals() {
        Api.Reply refused = api.as("enseignant", PASSWORD).get("api/accounts");
        assertThat(refused.status(), is(403));
        assertThat(refused.contentType(), startsWith("application/problem+json"));

        Api.Reply garbage = api.as("admin", PASSWORD).postJson("api/accounts", "{not json");
        assertThat(garbage.status(), is(400));
        assertThat(garbage.body(), not(containsString("Exception")));
        assertThat(garbage.body(), not(containsString("at fr.")));

        Api.Reply missing = api.get("api/accounts/personne");
        assertThat(missing.status(), is(404));
        assertThat(missing.json().getString("detail"), containsString("personne"));
    }

    /** Creates a teacher account through the API and returns its username. */
    private String teacher(String prefix) {
        String school = new Api(url).as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String username = prefix + System.nanoTime() % 100000;
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Jo","lastName":"Jeton","email":"jo.jeton@example.org",
                 "roles":["TEACHER"],"schoolUai":"%s","password":"Motdepasse-2026"}""".formatted(username, school));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private static Instant expiry(Api.Reply created) {
        return Instant.parse(created.json().getJsonObject("token").getString("expiresAt"));
    }

    private static void assertAbout(Instant actual, Duration fromNow) {
        Instant expected = Instant.now().plus(fromNow);
        assertThat(actual + " vs " + expected,
                Duration.between(actual, expected).abs().compareTo(Duration.ofMinutes(10)) < 0, is(true));
    }

    @Test
    void tokensExpireAfterTheChosenDaysAndATokenCannotCreateTokens() {
        Api ien = new Api(url).as("ien", PASSWORD);
        Api.Reply standard = ien.postJson("api/me/tokens", "{\"label\":\"un an\"}");
        assertThat(standard.body(), standard.status(), is(201));
        assertAbout(expiry(standard), Duration.ofDays(365));
        Api.Reply month = ien.postJson("api/me/tokens", "{\"label\":\"un mois\",\"expiresInDays\":30}");
        assertThat(month.body(), month.status(), is(201));
        assertAbout(expiry(month), Duration.ofDays(30));
        long monthId = month.json().getJsonObject("token").getJsonNumber("id").longValue();
        assertThat(ien.get("api/me/tokens").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == monthId)
                .map(t -> Instant.parse(t.getString("expiresAt"))).findFirst().orElseThrow(), is(expiry(month)));

        Api.Reply tooLong = ien.postJson("api/me/tokens", "{\"label\":\"trop long\",\"expiresInDays\":366}");
        assertThat(tooLong.status(), is(400));
        assertThat(tooLong.contentType(), startsWith("application/problem+json"));
        assertThat(tooLong.json().getString("detail"), containsString("365"));
        assertThat(ien.inLanguage("en").postJson("api/me/tokens", "{\"label\":\"none\",\"expiresInDays\":0}")
                .json().getString("detail"), containsString("between 1 and 365 days"));

        String secret = standard.json().getString("secret");
        Api.Reply byToken = new Api(url).withToken(secret).postJson("api/me/tokens", "{\"label\":\"enfant\"}");
        assertThat(byToken.body(), byToken.status(), is(403));
        assertThat(byToken.contentType(), startsWith("application/problem+json"));
        assertThat(byToken.json().getString("detail"), containsString("Un jeton d'API ne peut pas créer de jeton"));
        assertThat(new Api(url).withToken(secret).get("api/me").status(), is(200));
    }

    @Test
    void anExpiredTokenNoLongerAuthenticates() throws SQLException, InterruptedException {
        Optional<Connection> database = StoredData.connection();
        Assumptions.assumeTrue(database.isPresent(), "needs a database outside Payara Micro (PostgreSQL)");
        Api.Reply created = new Api(url).as("ien", PASSWORD).postJson("api/me/tokens",
                "{\"label\":\"bientôt périmé\",\"expiresInDays\":1}");
        assertThat(created.body(), created.status(), is(201));
        String secret = created.json().getString("secret");
        assertThat(new Api(url).withToken(secret).get("api/me").status(), is(200));
        try (Connection connection = database.get();
             PreparedStatement expire = connection.prepareStatement("update api_token set expires_at = ? where id = ?")) {
            expire.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            expire.setLong(2, created.json().getJsonObject("token").getJsonNumber("id").longValue());
            assertThat(expire.executeUpdate(), is(1));
        }
        // the expiry is written behind the server's back: the server may still know the token's owner
        // from its use above for RecentTokens.KEPT (a revocation through the application is seen at once)
        Instant bound = Instant.now().plus(RecentTokens.KEPT).plusSeconds(1);
        Api.Reply refused = new Api(url).withToken(secret).get("api/me");
        while (refused.status() == 200 && Instant.now().isBefore(bound)) {
            Thread.sleep(200);
            refused = new Api(url).withToken(secret).get("api/me");
        }
        assertThat(refused.status(), is(401));
        assertThat(new Api(url).as("ien", PASSWORD).get("api/me/tokens").body(), containsString("\"expired\":true"));
    }

    @Test
    void anAdminPasswordResetRevokesTheTokensAndOtherChangesDoNot() {
        String username = teacher("jeton.");
        String school = new Api(url).as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String secret = new Api(url).as(username, "Motdepasse-2026")
                .postJson("api/me/tokens", "{\"label\":\"script\"}").json().getString("secret");
        String form = """
                {"username":"%s","firstName":"Jo","lastName":"%s","email":"jo.jeton@example.org",
                 "roles":["TEACHER"],"schoolUai":"%s"%s}""";
        Api admin = new Api(url).as("admin", PASSWORD);
        assertThat(admin.putJson("api/accounts/" + username, form.formatted(username, "Renommé", school, "")).status(),
                is(200));
        assertThat(new Api(url).withToken(secret).get("api/me").status(), is(200));
        assertThat(admin.putJson("api/accounts/" + username, form.formatted(username, "Jeton", school,
                ",\"password\":\"Remis-a-zero-2026\"")).status(), is(200));
        assertThat(new Api(url).withToken(secret).get("api/me").status(), is(401));
        assertThat(new Api(url).as(username, "Remis-a-zero-2026").get("api/me/tokens").body(),
                containsString("\"revoked\":true"));
    }

    @Test
    void theCalendarFeedAnswersByItsAddressButOnlyADigestOfItsSecretIsStored() throws SQLException {
        Api teacher = new Api(url).as("enseignant", PASSWORD);
        Api.Reply first = teacher.post("api/me/calendar-feed", "application/json", new byte[0]);
        assertThat(first.body(), first.status(), is(200));
        String oldAddress = first.json().getString("url");
        Api.Reply renewed = teacher.post("api/me/calendar-feed", "application/json", new byte[0]);
        String address = renewed.json().getString("url");
        assertThat(address, not(oldAddress));
        Api.Reply feed = new Api(url).get(address);
        assertThat(feed.status(), is(200));
        assertThat(feed.contentType(), startsWith("text/calendar"));
        assertThat(feed.body(), containsString("BEGIN:VCALENDAR"));
        assertThat(new Api(url).get(oldAddress).status(), is(404));

        String secret = address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
        Optional<Connection> database = StoredData.connection();
        if (database.isPresent()) {
            boolean digestFound = false;
            try (Connection connection = database.get();
                 PreparedStatement read = connection.prepareStatement("select * from account where username = ?")) {
                read.setString(1, "enseignant");
                try (ResultSet row = read.executeQuery()) {
                    assertThat(row.next(), is(true));
                    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                        String stored = row.getString(column);
                        assertThat(row.getMetaData().getColumnName(column), stored == null || !stored.contains(secret),
                                is(true));
                        digestFound |= sha256(secret).equals(stored);
                    }
                }
            }
            assertThat("the digest of the feed secret is stored", digestFound, is(true));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
