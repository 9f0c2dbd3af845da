package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on Payara Micro: changes made through the REST API leave one event each with
 * old and new values, secrets never get in, a refused change leaves nothing, admins only read it.
 */
class AuditIT extends ApiTestBase {

    private static final String SCHOOL = """
            {"uai":"%s","name":"%s","kind":"PRIMAIRE","street":"2 rue de l'Audit","postcode":"%s",
             "communeCode":"34032","communeName":"Béziers","priority":"NONE","state":"OPEN",
             "circonscriptionCode":"%s"%s}""";

    private List<JsonObject> events(String query) {
        Api.Reply reply = new Api(url).as("admin", PASSWORD).get("api/audit?size=100&" + query);
        assertThat(reply.body(), reply.status(), is(200));
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject change(JsonObject event, String attribute) {
        return event.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("attribute").equals(attribute)).findFirst().orElse(null);
    }

    @Test
    void aSchoolUpdateLeavesOneEventWithTheOldAndNewName() {
        Api admin = api.as("admin", PASSWORD);
        String circonscription = admin.get("api/circonscriptions").structure().asJsonArray().getJsonObject(0)
                .getString("code");
        String uai = "0346661" + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(346661 % 23);
        Api.Reply created = admin.postJson("api/schools", SCHOOL.formatted(uai, "École de l'audit", "34500",
                circonscription, ""));
        assertThat(created.body(), created.status(), is(201));

        JsonObject insert = events("type=School&user=admin").stream()
                .filter(e -> e.getString("action").equals("INSERT") && change(e, "uai") != null
                        && uai.equals(change(e, "uai").getString("after", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no INSERT event for " + uai));
        String id = insert.getString("entityId");
        assertThat(insert.getString("username"), is("admin"));
        assertThat(change(insert, "name").getString("after"), is("École de l'audit"));

        long version = admin.get("api/schools/" + uai).json().getJsonNumber("version").longValue();
        Api.Reply updated = admin.putJson("api/schools/" + uai, SCHOOL.formatted(uai, "École de l'audit renommée",
                "34500", circonscription, ",\"version\":" + version));
        assertThat(updated.body(), updated.status(), is(200));

        List<JsonObject> trail = events("type=school&id=" + id);
        List<JsonObject> updates = trail.stream().filter(e -> e.getString("action").equals("UPDATE")).toList();
        assertThat(trail.toString(), updates, hasSize(1));
        JsonObject update = updates.get(0);
        assertThat(trail.get(0), is(update)); // newest first
        assertThat(update.getString("username"), is("admin"));
        assertThat(update.getString("entityType"), is("School"));
        assertThat(change(update, "name").getString("before"), is("École de l'audit"));
        assertThat(change(update, "name").getString("after"), is("École de l'audit renommée"));
        assertThat(change(update, "street"), is((JsonObject) null));

        // refused (bad postcode): nothing changes, nothing is written
        Api.Reply refused = admin.putJson("api/schools/" + uai, SCHOOL.formatted(uai, "Nom jamais enregistré",
                "3450", circonscription, ""));
        assertThat(refused.status(), is(400));
        assertThat(events("type=School&id=" + id), hasSize(trail.size()));
        assertThat(events("user=admin&type=School").toString(), not(containsString("Nom jamais enregistré")));
    }

    @Test
    void aPasswordChangeIsRecordedWithoutAnyHash() {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String username = "audit.pw." + System.nanoTime() % 100000;
        String account = """
                {"username":"%s","firstName":"%s","lastName":"Audit","email":"audit.pw@example.org",
                 "roles":["TEACHER"],"schoolUai":"%s","workingTimePercent":100,"password":"%s"}""";
        Api admin = api.as("admin", PASSWORD);
        assertThat(admin.postJson("api/accounts", account.formatted(username, "Paul", school, "Motdepasse-2026"))
                .status(), is(201));
        assertThat(admin.putJson("api/accounts/" + username, account.formatted(username, "Paul", school,
                "Nouveau-mot-2026")).status(), is(200));
        assertThat(api.as(username, "Nouveau-mot-2026").get("api/me").status(), is(200));

        // a change refused for its weak password leaves the first name as it was, and no event
        Api.Reply weak = api.as("admin", PASSWORD).putJson("api/accounts/" + username,
                account.formatted(username, "Renommé", school, "court"));
        assertThat(weak.status(), is(400));

        Api.Reply all = api.as("admin", PASSWORD).get("api/audit?type=Account&size=500");
        assertThat(all.body(), not(containsString("PBKDF2")));
        assertThat(all.body(), not(containsString("Renommé")));

        List<JsonObject> mine = events("type=Account&user=admin").stream()
                .filter(e -> change(e, "username") != null && username.equals(change(e, "username").getString("after", null)))
                .toList();
        assertThat(mine, hasSize(1));
        String id = mine.get(0).getString("entityId");
        assertThat(change(mine.get(0), "passwordHash").getString("after"), is("***"));
        List<JsonObject> trail = events("type=Account&id=" + id);
        assertThat(trail.toString(), trail, hasSize(2));
        JsonObject passwordChange = trail.get(0);
        assertThat(passwordChange.getString("action"), is("UPDATE"));
        assertThat(change(passwordChange, "passwordHash").getString("before"), is("***"));
        assertThat(change(passwordChange, "passwordHash").getString("after"), is("***"));
    }

    @Test
    void onlyAdminsReadTheTrail() {
        assertThat(api.as("dsi", PASSWORD).get("api/audit").status(), is(403));
        assertThat(api.as("enseignant", PASSWORD).get("api/audit").status(), is(403));
        assertThat(api.anonymous().get("api/audit").status(), is(401));
        Api.Reply badDay = api.as("admin", PASSWORD).get("api/audit?from=hier");
        assertThat(badDay.status(), is(400));
        assertThat(badDay.json().getString("detail"), containsString("aaaa-mm-jj"));
        assertThat(api.get("api/audit?from=2026-12-02&to=2026-12-01").status(), is(400));
    }
}
