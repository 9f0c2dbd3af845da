package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
}
