package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The partnership dashboard on Payara Micro: who may read it, the inspector held to their own
 * circonscription, aggregates that add up, and its CSV and PDF exports.
 */
class DashboardIT extends ApiTestBase {

    @Test
    void cityStaffAndTheCouncillorReadAggregatesOfEveryCirconscriptionTeachersDoNot() {
        JsonObject all = api.as("dsi", PASSWORD).get("api/dashboard").json();
        JsonObject training = all.getJsonObject("training");
        assertThat(training.getInt("teachers"), greaterThan(40));
        assertThat(training.getJsonArray("rows").size(), is(3));
        int sum = training.getJsonArray("rows").getValuesAs(JsonObject.class).stream().mapToInt(r -> r.getInt("teachers")).sum();
        assertThat(sum, is(training.getInt("teachers")));
        assertThat("no named teacher", all.toString(), not(containsString("Enseignant (démo)")));
        JsonObject licences = all.getJsonObject("licences");
        assertThat("the demo licences", licences.getInt("licences"), greaterThan(0));
        assertThat(licences.getJsonNumber("spent").doubleValue(), greaterThan(0.0));
        double rowsSpent = licences.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .mapToDouble(r -> r.getJsonNumber("spent").doubleValue()).sum();
        assertThat(Math.abs(rowsSpent - licences.getJsonNumber("spent").doubleValue()) < 0.01, is(true));
        JsonObject equipment = all.getJsonObject("equipment");
        assertThat("equipment in every demo school", equipment.getInt("deployed"), greaterThan(90));
        int deployedInRows = equipment.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .mapToInt(r -> r.getInt("deployed")).sum();
        assertThat(deployedInRows, is(equipment.getInt("deployed")));
        JsonObject requests = all.getJsonObject("requests");
        assertThat("the demo's open requests", requests.getInt("open"), greaterThan(0));
        assertThat(requests.getJsonArray("rows").size(), is(5));

        assertThat(api.as("elue", PASSWORD).get("api/dashboard").status(), is(200));
        assertThat(api.as("enseignant", PASSWORD).get("api/dashboard").status(), is(403));
        assertThat(api.as("directrice", PASSWORD).get("api/dashboard").status(), is(403));
    }

    @Test
    void aCirconscriptionShowsItsSchoolsAndAnInspectorOnlyTheirOwn() {
        // the administrator sees every city's schools of the circonscription, as its inspector does
        JsonObject centre = api.as("admin", PASSWORD).get("api/dashboard?circonscription=0341101M").json()
                .getJsonObject("training");
        int schoolsTeachers = centre.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .mapToInt(r -> r.getInt("teachers")).sum();
        assertThat(schoolsTeachers, is(centre.getInt("teachers")));
        JsonObject asInspector = api.as("ien", PASSWORD).get("api/dashboard?circonscription=0341102N").json();
        assertThat(asInspector.getJsonObject("filter").getString("circonscriptionCode"), is("0341101M"));
        assertThat(asInspector.getJsonObject("training").getInt("teachers"), is(centre.getInt("teachers")));
        assertThat("prices are the city's business", asInspector.getJsonObject("licences").containsKey("spent"), is(false));
        assertThat(asInspector.getJsonObject("equipment").containsKey("spent"), is(false));
        // the ten Béziers schools of the circonscription and the two of Villeneuve-lès-Béziers
        assertThat(asInspector.getJsonObject("equipment").getJsonArray("rows").size(), is(12));

        Api.Reply wrong = api.as("dsi", PASSWORD).get("api/dashboard?circonscription=0341101A");
        assertThat(wrong.status(), is(400));
    }

    @Test
    void exportsHoldEveryFigure() {
        Api.Reply csv = api.as("dsi", PASSWORD).get("api/dashboard/export.csv");
        assertThat(csv.status(), is(200));
        assertThat(csv.body().startsWith("\uFEFFRubrique;Ligne;Code;Indicateur;Valeur"), is(true));
        assertThat(csv.body(), containsString("Enseignants"));
        byte[] pdf = api.as("elue", PASSWORD).bytes("api/dashboard/export.pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII), is("%PDF-"));
    }

    @Test
    void noSharedLineShowsTheHoursOfFewerThanFiveTeachers() {
        String school = api.as("dsi", PASSWORD).get("api/schools?circonscription=0341101M&size=1").json()
                .getJsonArray("items").getJsonObject(0).getString("uai");
        for (String query : new String[] {"", "?circonscription=0341101M", "?school=" + school}) {
            JsonObject training = api.get("api/dashboard" + query).json().getJsonObject("training");
            for (JsonObject row : training.getJsonArray("rows").getValuesAs(JsonObject.class)) {
                if (row.getInt("teachers") < 5) {
                    assertThat(query + " " + row, row.containsKey("minutesDue") || row.containsKey("minutesDone")
                            || row.containsKey("teachersComplete"), is(false));
                }
            }
            if (training.getInt("teachers") < 5) {
                assertThat(query + " total " + training, training.containsKey("minutesDone"), is(false));
            }
        }
        JsonObject centre = api.get("api/dashboard?circonscription=0341101M").json().getJsonObject("training");
        JsonObject others = centre.getJsonArray("rows").getJsonObject(centre.getJsonArray("rows").size() - 1);
        assertThat("the demo's schools have 1 to 3 teachers each: merged", others.getString("name"), is("Autres écoles"));
        assertThat(others.getString("code"), is(""));
        assertThat(others.getInt("teachers"), greaterThan(4));

        String csv = api.get("api/dashboard/export.csv?circonscription=0341101M").body();
        Map<String, Integer> teachersByLine = new HashMap<>();
        List<String[]> trainingCells = csv.lines().skip(1).map(l -> l.split(";", -1))
                .filter(c -> c[0].startsWith("Formation")).toList();
        trainingCells.stream().filter(c -> c[3].equals("Enseignants"))
                .forEach(c -> teachersByLine.put(c[1], Integer.parseInt(c[4])));
        assertThat(teachersByLine.get("Autres écoles"), greaterThan(4));
        for (String[] cell : trainingCells) {
            int teachers = teachersByLine.get(cell[1]);
            if (teachers > 0 && teachers < 5 && !cell[3].equals("Enseignants")) {
                assertThat(String.join(";", cell), cell[4], is("—"));
            }
        }
        // other test classes may add teachers to these schools on a shared database: a school may reach the
        // minimum and keep its own line, but no line of 1 to 4 teachers is left
        teachersByLine.forEach((line, teachers) -> assertThat("the CSV line " + line, teachers > 0 && teachers < 5,
                is(false)));
        assertThat("the setting, for API clients", centre.getInt("minGroup"), is(5));
    }
}
