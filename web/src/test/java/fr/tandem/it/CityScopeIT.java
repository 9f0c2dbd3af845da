package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two cities in one deployment: Béziers and Villeneuve-lès-Béziers (two schools in the Béziers-Centre
 * circonscription). Each city's staff and councillor see and change only their city's schools,
 * equipment and requests (another city's answer 404), and its dashboard counts only its schools; the
 * inspector keeps the whole circonscription, without money; the administrator creates cities and
 * names their communes, and the schools follow.
 */
class CityScopeIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String VILLENEUVE_SCHOOL = "0349131R";
    private static final String BEZIERS_SCHOOL = "0349101H";

    private long firstItem(String school) {
        return new Api(url).as("admin", PASSWORD).get("api/equipment?school=" + school + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long firstRequest(String school) {
        return new Api(url).as("admin", PASSWORD).get("api/support/requests?open=false&school=" + school).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static List<String> schoolsOf(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(i -> i.getString("schoolUai")).distinct().toList();
    }

    private static String uai(int digits) {
        String code = String.format("%07d", digits);
        return code + LETTERS.charAt(digits % 23);
    }

    @Test
    void beziersStaffNeitherSeeNorChangeVilleneuvesSchoolsEquipmentOrRequests() {
        long item = firstItem(VILLENEUVE_SCHOOL);
        long request = firstRequest(VILLENEUVE_SCHOOL);
        api.as("dsi", PASSWORD);

        JsonArray equipment = api.get("api/equipment?size=500&sort=schoolName").json().getJsonArray("items");
        assertThat(schoolsOf(equipment), not(hasItem(VILLENEUVE_SCHOOL)));
        assertThat(api.get("api/equipment?school=" + VILLENEUVE_SCHOOL).json().getJsonNumber("total").longValue(), is(0L));
        assertThat(api.get("api/equipment/" + item).status(), is(404));
        assertThat(api.get("api/equipment/" + item + "/history").status(), is(404));
        assertThat(api.get("api/equipment/" + item + "/label.pdf").status(), is(404));
        assertThat(api.putJson("api/equipment/" + item + "/status", "{\"status\":\"BROKEN\",\"note\":\"x\"}").status(), is(404));
        assertThat(api.get("api/equipment/export.csv").body(), not(containsString(VILLENEUVE_SCHOOL)));

        assertThat(schoolsOf(api.get("api/support/requests?open=false&size=500").json().getJsonArray("items")),
                not(hasItem(VILLENEUVE_SCHOOL)));
        assertThat(api.get("api/support/requests/" + request).status(), is(404));
        assertThat(api.postJson("api/support/requests/" + request + "/comments", "{\"text\":\"Bonjour\"}").status(), is(404));
        assertThat(api.postJson("api/support/requests/" + request + "/assignment", "{\"assignee\":\"dsi\"}").status(),
                is(404));
        assertThat(api.postJson("api/support/requests", """
                {"schoolUai":"%s","category":"HARDWARE","subject":"Écran","description":"Noir."}"""
                .formatted(VILLENEUVE_SCHOOL)).status(), is(404));

        assertThat(api.get("api/schools/" + VILLENEUVE_SCHOOL).status(), is(404));
        assertThat(api.get("api/schools?q=Villeneuve").json().getJsonNumber("total").longValue(), is(0L));
        assertThat(api.putJson("api/schools/" + VILLENEUVE_SCHOOL, "{}").status(), is(404));
    }

    @Test
    void villeneuveStaffSeeTheirTwoSchoolsAndNothingOfBeziers() {
        long item = firstItem(BEZIERS_SCHOOL);
        long request = firstRequest(new Api(url).as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai"));
        long own = firstRequest(VILLENEUVE_SCHOOL);
        api.as("dsi.villeneuve", PASSWORD);

        JsonObject schools = api.get("api/schools?size=50").json();
        assertThat(schools.getJsonNumber("total").longValue(), is(2L));
        assertThat(api.get("api/schools/" + BEZIERS_SCHOOL).status(), is(404));
        JsonArray cities = api.get("api/cities").structure().asJsonArray();
        assertThat(cities.size(), is(1));
        assertThat(cities.getJsonObject(0).getString("name"), is("Villeneuve-lès-Béziers"));
        assertThat(cities.getJsonObject(0).getJsonNumber("schools").longValue(), is(2L));

        JsonArray equipment = api.get("api/equipment?size=500").json().getJsonArray("items");
        assertThat(equipment.size(), greaterThan(0));
        assertThat(schoolsOf(equipment), everyItem(startsWith("034913")));
        assertThat(api.get("api/equipment/" + item).status(), is(404));
        assertThat(api.get("api/equipment/" + firstItem(VILLENEUVE_SCHOOL)).status(), is(200));

        List<String> queue = schoolsOf(api.get("api/support/requests?open=false&size=500").json()
                .getJsonArray("items"));
        assertThat(queue, hasItem(VILLENEUVE_SCHOOL));
        assertThat(queue, everyItem(startsWith("034913")));
        assertThat(api.get("api/support/requests/" + request).status(), is(404));
        assertThat(api.get("api/support/requests/" + own).status(), is(200));
        assertThat("Béziers' staff are not Villeneuve's", api.postJson("api/support/requests/" + own + "/assignment",
                "{\"assignee\":\"dsi\"}").status(), is(404));

        assertThat(api.as("elue.villeneuve", PASSWORD).get("api/equipment/" + item).status(), is(404));
        assertThat(api.get("api/schools?size=50").json().getJsonNumber("total").longValue(), is(2L));
    }

    @Test
    void eachCitysDashboardCountsOnlyItsSchoolsAndTheInspectorKeepsTheWholeCirconscriptionWithoutMoney() {
        Api admin = new Api(url).as("admin", PASSWORD);
        long villeneuveItems = admin.get("api/equipment?school=" + VILLENEUVE_SCHOOL + "&size=1").json()
                .getJsonNumber("total").longValue()
                + admin.get("api/equipment?school=0349132S&size=1").json().getJsonNumber("total").longValue();

        JsonObject villeneuve = api.as("elue.villeneuve", PASSWORD).get("api/dashboard").json();
        JsonObject equipment = villeneuve.getJsonObject("equipment");
        assertThat(equipment.getInt("deployed") + equipment.getInt("outOfService") >= 1, is(true));
        assertThat((long) equipment.getInt("deployed"), is(villeneuveItems));
        assertThat("the city's money", equipment.containsKey("spent"), is(true));
        long villeneuveId = api.get("api/cities").structure().asJsonArray().getJsonObject(0).getJsonNumber("id")
                .longValue();
        JsonObject villeneuveAsAdmin = admin.get("api/dashboard?city=" + villeneuveId).json();
        assertThat(villeneuve.getJsonObject("training").getInt("teachers"),
                is(villeneuveAsAdmin.getJsonObject("training").getInt("teachers")));
        assertThat("the head teacher and the teacher of Jules Ferry",
                villeneuve.getJsonObject("training").getInt("teachers"), greaterThan(1));

        JsonObject beziers = api.as("elue", PASSWORD).get("api/dashboard").json();
        long beziersId = api.get("api/cities").structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject beziersAsAdmin = admin.get("api/dashboard?city=" + beziersId).json();
        JsonObject all = admin.get("api/dashboard").json();
        assertThat(beziers.getJsonObject("equipment").getInt("deployed"),
                is(beziersAsAdmin.getJsonObject("equipment").getInt("deployed")));
        assertThat(beziers.getJsonObject("training").getInt("teachers"),
                is(beziersAsAdmin.getJsonObject("training").getInt("teachers")));
        assertThat("the schools of no city count for the administrator only",
                (long) all.getJsonObject("equipment").getInt("deployed"),
                greaterThanOrEqualTo(beziers.getJsonObject("equipment").getInt("deployed") + villeneuveItems));
        assertThat(all.getJsonObject("training").getInt("teachers"), greaterThanOrEqualTo(
                beziers.getJsonObject("training").getInt("teachers") + villeneuve.getJsonObject("training").getInt("teachers")));

        JsonObject centre = admin.get("api/dashboard?circonscription=0341101M").json();
        JsonObject inspector = api.as("ien", PASSWORD).get("api/dashboard").json();
        assertThat("the Villeneuve teachers count in Béziers-Centre", inspector.getJsonObject("training").getInt("teachers"),
                is(centre.getJsonObject("training").getInt("teachers")));
        assertThat(inspector.getJsonObject("equipment").containsKey("spent"), is(false));
        assertThat(inspector.getJsonObject("licences").containsKey("spent"), is(false));
        assertThat(api.get("api/cities").status(), is(403));
    }

    @Test
    void anAdministratorCreatesACityAndItsSchoolsFollowTheCommunes() {
        long run = System.nanoTime();
        String commune = "97" + String.format("%03d", run % 1000);
        String schoolUai = uai(3495000 + (int) (run % 1000));
        api.as("admin", PASSWORD);
        String circonscription = "0341101M";
        Api.Reply school = api.postJson("api/schools", """
                {"uai":"%s","name":"École de la ville nouvelle","kind":"PRIMAIRE","street":"1 rue Neuve",
                 "postcode":"34000","communeCode":"%s","communeName":"Ville nouvelle","priority":"NONE","state":"OPEN",
                 "circonscriptionCode":"%s"}""".formatted(schoolUai, commune, circonscription));
        assertThat(school.body(), school.status(), is(201));

        Api.Reply created = api.postJson("api/cities", """
                {"name":"Ville nouvelle %d","communes":["%s"]}""".formatted(run, commune));
        assertThat(created.body(), created.status(), is(201));
        JsonObject city = created.json();
        assertThat(created.location(), containsString("/api/cities/" + city.getJsonNumber("id").longValue()));
        assertThat(city.getJsonNumber("schools").longValue(), is(1L));
        long id = city.getJsonNumber("id").longValue();

        Api.Reply taken = api.postJson("api/cities", """
                {"name":"Autre %d","communes":["34032"]}""".formatted(run));
        assertThat(taken.status(), is(409));
        assertThat(taken.json().getString("detail"), containsString("34032"));
        Api.Reply takenByChange = api.putJson("api/cities/" + id, """
                {"name":"Ville nouvelle %d","communes":["%s","34336"]}""".formatted(run, commune));
        assertThat(takenByChange.status(), is(409));
        assertThat(api.putJson("api/cities/" + id, """
                {"name":"Ville nouvelle %d","communes":["%s"],"version":%d}"""
                .formatted(run, commune, city.getJsonNumber("version").longValue() + 7)).status(), is(409));
        Api.Reply badShape = api.postJson("api/cities", "{\"name\":\"Mauvaise %d\",\"communes\":[\"3403\"]}".formatted(run));
        assertThat(badShape.status(), is(400));
        assertThat(badShape.json().getString("detail"), containsString("INSEE"));

        String other = "96" + String.format("%03d", run % 1000);
        Api.Reply moved = api.putJson("api/cities/" + id, """
                {"name":"Ville nouvelle %d","communes":["%s"]}""".formatted(run, other));
        assertThat(moved.body(), moved.status(), is(200));
        assertThat("the school of the removed commune left the city", moved.json().getJsonNumber("schools").longValue(),
                is(0L));
        JsonObject back = api.putJson("api/cities/" + id, """
                {"name":"Ville nouvelle %d","communes":["%s","%s"]}""".formatted(run, other, commune)).json();
        assertThat(back.getJsonNumber("schools").longValue(), is(1L));
        assertThat(back.getJsonArray("communes").size(), is(2));
        assertThat(api.get("api/cities/" + id).json().getString("name"), is("Ville nouvelle " + run));

        assertThat("a city employee does not create cities", new Api(url).as("dsi", PASSWORD).postJson("api/cities",
                "{\"name\":\"X\",\"communes\":[\"01001\"]}").status(), is(403));
        assertThat("nor reads another city", new Api(url).as("dsi", PASSWORD).get("api/cities/" + id).status(), is(404));
        assertThat(new Api(url).as("enseignant", PASSWORD).get("api/cities").status(), is(403));

        Api.Reply audit = api.get("api/audit?type=City&id=" + id + "&size=50");
        assertThat(audit.body(), audit.status(), is(200));
        assertThat("the change of communes is in the audit trail", audit.body(), containsString(other));
    }

    private static int resolutionHours(Api api, String category) {
        return api.get("api/support/service-levels").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("category").equals(category)).findFirst().orElseThrow()
                .getInt("resolutionHours");
    }

    @Test
    void eachCitySetsItsOwnServiceLevels() {
        Api beziers = new Api(url).as("dsi", PASSWORD);
        Api villeneuve = new Api(url).as("dsi.villeneuve", PASSWORD);
        int beziersHours = resolutionHours(beziers, "OTHER");
        int wanted = beziersHours == 44 ? 43 : 44;
        Api.Reply changed = villeneuve.putJson("api/support/service-levels/OTHER",
                "{\"firstAnswerHours\":8,\"resolutionHours\":" + wanted + "}");
        assertThat(changed.body(), changed.status(), is(200));
        assertThat(resolutionHours(villeneuve, "OTHER"), is(wanted));
        assertThat("a Villeneuve teacher is held to Villeneuve's level",
                resolutionHours(new Api(url).as("enseignante.villeneuve", PASSWORD), "OTHER"), is(wanted));
        assertThat("Béziers keeps its own", resolutionHours(beziers, "OTHER"), is(beziersHours));
        assertThat(resolutionHours(new Api(url).as("enseignant", PASSWORD), "OTHER"), is(beziersHours));
        assertThat(villeneuve.get("api/support/service-levels").structure().asJsonArray().size(), is(5));
    }

    @Test
    void cityStaffAndCouncillorsAccountsNameTheirCityAndACityEmployeeImportsOnlyTheirCommunes() {
        long run = System.nanoTime() % 1_000_000;
        api.as("admin", PASSWORD);
        Api.Reply withoutCity = api.postJson("api/accounts", """
                {"username":"agent%d","firstName":"Agent","lastName":"Ville","email":"agent%d@mail.test",
                 "roles":["CITY_STAFF"],"password":"Motdepasse-2026"}""".formatted(run, run));
        assertThat(withoutCity.status(), is(400));
        assertThat(withoutCity.json().getString("code"), is("account.city.required"));
        long villeneuve = new Api(url).as("dsi.villeneuve", PASSWORD).get("api/cities").structure().asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply created = api.postJson("api/accounts", """
                {"username":"agent%d","firstName":"Agent","lastName":"Ville","email":"agent%d@mail.test",
                 "roles":["CITY_STAFF"],"password":"Motdepasse-2026","cityId":%d}""".formatted(run, run, villeneuve));
        assertThat(created.body(), created.status(), is(201));
        assertThat(created.json().getString("cityName"), is("Villeneuve-lès-Béziers"));
        assertThat(new Api(url).as("agent" + run, "Motdepasse-2026").get("api/schools").json()
                .getJsonNumber("total").longValue(), is(2L));

        String header = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_postal;Code_commune;"
                + "Nom_commune;code_circonscription;nom_circonscription;etat;code_nature;Ecole_maternelle;Ecole_elementaire";
        String ours = uai(3496000 + (int) (run % 1000));
        String csv = header + "\r\n"
                + ours + ";École des Vignes;Ecole;34420;34336;Villeneuve-lès-Béziers;0341101M;Béziers-Centre;OUVERT;151;0;1\r\n"
                + BEZIERS_SCHOOL + ";École de Béziers;Ecole;34500;34032;Béziers;0341101M;Béziers-Centre;OUVERT;151;0;1\r\n";
        JsonObject report = new Api(url).as("dsi.villeneuve", PASSWORD).post("api/schools/import", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.getInt("created"), is(1));
        assertThat(report.getInt("skipped"), is(1));
        assertThat(report.getJsonArray("lines").toString(), containsString("commune 34032"));
        assertThat(new Api(url).as("dsi.villeneuve", PASSWORD).get("api/schools/" + ours).status(), is(200));
        assertThat(new Api(url).as("dsi", PASSWORD).get("api/schools/" + ours).status(), is(404));
        assertThat("Béziers' school unchanged", api.get("api/schools/" + BEZIERS_SCHOOL).json().getString("name"),
                not(is("École de Béziers")));
    }

    @Test
    void aCityEmployeeWhoseAccountNamesNoCitySeesNothing() throws SQLException {
        Optional<Connection> database = StoredData.connection();
        assumeTrue(database.isPresent(), "needs the database in its own server, to take the city away");
        long run = System.nanoTime() % 1_000_000;
        long beziers = new Api(url).as("dsi", PASSWORD).get("api/cities").structure().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(api.as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"sansville%d","firstName":"Agent","lastName":"Sans ville","email":"sansville%d@mail.test",
                 "roles":["CITY_STAFF"],"password":"Motdepasse-2026","cityId":%d}""".formatted(run, run, beziers))
                .status(), is(201));
        try (Connection connection = database.get();
             PreparedStatement unplace = connection.prepareStatement("update account set city_id = null where username = ?")) {
            unplace.setString(1, "sansville" + run);
            assertThat(unplace.executeUpdate(), is(1));
        }
        Api nobody = new Api(url).as("sansville" + run, "Motdepasse-2026");
        assertThat(nobody.get("api/schools").json().getJsonNumber("total").longValue(), is(0L));
        assertThat(nobody.get("api/equipment").json().getJsonArray("items"), is(empty()));
        assertThat(nobody.get("api/support/requests?open=false").json().getJsonArray("items"), is(empty()));
        assertThat(nobody.get("api/cities").structure().asJsonArray(), is(empty()));
        assertThat(nobody.get("api/equipment/" + firstItem(BEZIERS_SCHOOL)).status(), is(404));
        assertThat(nobody.get("api/dashboard").json().getJsonObject("equipment").getInt("deployed"), is(0));
    }
}
