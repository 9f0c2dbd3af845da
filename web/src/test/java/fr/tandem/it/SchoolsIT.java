package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Schools end to end on Payara Micro and the configured database: the real Annuaire file
 * through the REST import, idempotence, refusal of a malformed file, creation and editing
 * rules, and what each role may see.
 */
class SchoolsIT extends ApiTestBase {

    private static byte[] annuaire() throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("tandem.it.annuaire")));
    }

    @Test
    void importsTheRealAnnuaireFileOnceAndIdempotently() throws IOException {
        // the administrator: Val-de-Marne's schools belong to no city (a city employee would skip them)
        Api.Reply first = api.as("admin", PASSWORD).post("api/schools/import", "text/csv", annuaire());
        assertThat(first.body(), first.status(), is(200));
        JsonObject report = first.json();
        assertThat(report.getInt("skipped"), is(0));
        assertThat(report.getInt("created") + report.getInt("updated") + report.getInt("unchanged"), is(613));
        assertThat(report.getString("charset"), is("UTF-8"));

        JsonArray circonscriptions = api.get("api/circonscriptions").structure().asJsonArray();
        long valDeMarne = circonscriptions.stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("code").startsWith("094")).count();
        int schoolsInThem = circonscriptions.stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("code").startsWith("094")).mapToInt(c -> c.getInt("schools")).sum();
        assertThat(valDeMarne, is(24L));
        assertThat(schoolsInThem, is(613));

        JsonObject again = api.post("api/schools/import", "text/csv", annuaire()).json();
        assertThat(again.getInt("created"), is(0));
        assertThat(again.getInt("updated"), is(0));
        assertThat(again.getInt("unchanged"), is(613));

        JsonObject fresnes = api.get("api/schools/0940176F").json();
        assertThat(fresnes.getString("name"), is("Ecole élémentaire Robert Doisneau"));
        assertThat(fresnes.getString("circonscriptionCode"), is("0940927X"));
        assertThat(fresnes.getString("kind"), is("ELEMENTAIRE"));
    }

    @Test
    void aFileOfTheWrongStructureImportsNothingAndSaysWhy() {
        long before = api.as("dsi", PASSWORD).get("api/schools?size=1").json().getJsonNumber("total").longValue();
        String commaSeparated = "Identifiant_de_l_etablissement,Nom_etablissement\r\n0340001A,École test\r\n";
        Api.Reply refused = api.post("api/schools/import", "text/csv", commaSeparated.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status(), is(400));
        assertThat(refused.contentType(), startsWith("application/problem+json"));
        assertThat(refused.json().getString("detail"), containsString(";"));
        long after = api.get("api/schools?size=1").json().getJsonNumber("total").longValue();
        assertThat(after, is(before));
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndReason() {
        String header = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_postal;Code_commune;"
                + "Nom_commune;code_circonscription;nom_circonscription;etat;code_nature;Ecole_maternelle;Ecole_elementaire";
        String csv = header + "\r\n"
                + "0349999G;École du test;Ecole;34500;34032;Béziers;0341101A;Circo test;OUVERT;151;0;1\r\n"
                + "0340999H;Collège du test;Collège;34500;34032;Béziers;0341101A;Circo test;OUVERT;340;0;0\r\n";
        JsonObject report = api.as("dsi", PASSWORD).inLanguage("en")
                .post("api/schools/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.getInt("skipped"), is(2));
        JsonObject badUai = report.getJsonArray("lines").getJsonObject(0);
        assertThat(badUai.getInt("line"), is(2));
        assertThat(badUai.getString("reason"), containsString("expected check letter is"));
        assertThat(report.getJsonArray("lines").getJsonObject(1).getInt("line"), is(3));
    }

    @Test
    void cityStaffCreateAndEditSchoolsWithClearErrors() {
        api.as("dsi", PASSWORD);
        String circonscription = api.get("api/circonscriptions").structure().asJsonArray().getJsonObject(0).getString("code");
        String body = """
                {"uai":"%s","name":"École des essais","kind":"PRIMAIRE","street":"1 rue du Test","postcode":"34500",
                 "communeCode":"34032","communeName":"Béziers","priority":"REP","state":"OPEN",
                 "circonscriptionCode":"%s"}""";

        Api.Reply wrongLetter = api.postJson("api/schools", body.formatted("0348888A", circonscription));
        assertThat(wrongLetter.status(), is(400));
        char expected = "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(348888 % 23);
        assertThat(wrongLetter.json().getString("detail"), containsString("lettre de contrôle attendue est " + expected));

        String uai = "0348888" + expected;
        Api.Reply created = api.postJson("api/schools", body.formatted(uai, circonscription));
        assertThat(created.body(), created.status(), is(201));
        assertThat(created.location(), endsWith("/api/schools/" + uai));

        assertThat(api.postJson("api/schools", body.formatted(uai, circonscription)).status(), is(409));

        long version = api.get("api/schools/" + uai).json().getJsonNumber("version").longValue();
        String change = body.formatted(uai, circonscription).replace("École des essais", "École des essais renommée")
                .replace("}", ",\"version\":" + version + "}");
        Api.Reply updated = api.putJson("api/schools/" + uai, change);
        assertThat(updated.body(), updated.status(), is(200));
        assertThat(updated.json().getString("name"), is("École des essais renommée"));
        assertThat(api.putJson("api/schools/" + uai, change).status(), is(409));

        Api.Reply badPostcode = api.putJson("api/schools/" + uai, body.formatted(uai, circonscription)
                .replace("\"34500\"", "\"3450\""));
        assertThat(badPostcode.status(), is(400));
        assertThat(badPostcode.json().getString("detail"), containsString("5 chiffres"));

        assertThat(api.as("enseignant", PASSWORD).postJson("api/schools", body.formatted("0347777" 
                + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(347777 % 23), circonscription)).status(), is(403));
    }

    @Test
    void listsArePagedSortedAndFilteredAndTeachersSeeTheirSchoolOnly() {
        JsonObject page = api.as("ien", PASSWORD).get("api/schools?size=5&sort=uai&desc=true").json();
        assertThat(page.getJsonNumber("total").longValue(), greaterThanOrEqualTo(30L));
        JsonArray items = page.getJsonArray("items");
        assertThat(items.size(), is(5));
        assertThat(items.getJsonObject(0).getString("uai").compareTo(items.getJsonObject(1).getString("uai")) > 0, is(true));

        JsonObject found = api.get("api/schools?q=jean%20moulin%20beziers").json();
        assertThat(found.getJsonNumber("total").longValue(), is(1L));
        assertThat(found.getJsonArray("items").getJsonObject(0).getString("name"), containsString("Jean Moulin"));

        JsonObject teacherView = api.as("enseignant", PASSWORD).get("api/schools?size=50").json();
        assertThat(teacherView.getJsonNumber("total").longValue(), is(1L));
        String own = teacherView.getJsonArray("items").getJsonObject(0).getString("uai");
        String other = api.as("ien", PASSWORD).get("api/schools?q=jean%20moulin").json()
                .getJsonArray("items").getJsonObject(0).getString("uai");
        assertThat(other, not(equalTo(own)));
        assertThat(api.as("enseignant", PASSWORD).get("api/schools/" + other).status(), is(404));
        assertThat(api.get("api/schools/" + own).status(), is(200));
    }

    @Test
    void theCouncillorReadsEverySchoolOfTheCityAndChangesNone() {
        JsonObject city = api.as("elue", PASSWORD).get("api/cities").structure().asJsonArray().getJsonObject(0);
        assertThat(city.getString("name"), is("Béziers"));
        JsonObject page = api.get("api/schools?size=5").json();
        assertThat(page.getJsonNumber("total").longValue(), is(city.getJsonNumber("schools").longValue()));
        assertThat(page.getJsonArray("items").size(), is(5));
        String uai = page.getJsonArray("items").getJsonObject(0).getString("uai");
        assertThat(api.get("api/schools/" + uai).status(), is(200));
        assertThat(api.putJson("api/schools/" + uai, "{}").status(), is(403));
    }

    @Test
    void teachersCannotImport() throws IOException {
        Api.Reply refused = api.as("enseignant", PASSWORD).post("api/schools/import", "text/csv", annuaire());
        assertThat(refused.status(), is(403));
        assertThat(refused.contentType(), startsWith("application/problem+json"));
        assertThat(refused.body(), not(containsString("Exception")));
    }
}
