package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A school's page through its API on Payara Micro: each role gets exactly its sections (open audits and
 * the equipment cost per year to city staff, the kits borrowed to city staff, the head teacher and the inspectorate, the latest requests to those who work them, counts to the councillor, teachers named to
 * the inspectorate only, training hours hidden under the privacy minimum); another city's staff, a
 * head teacher of another school and an inspector of another circonscription get 404; teachers 403.
 */
class SchoolPageIT extends ApiTestBase {

    /** The demo head teacher's school, in the demo inspector's circonscription (Béziers-Centre). */
    private static final String SCHOOL = "0349104L";
    /** A school of Béziers-Est. */
    private static final String OTHER_CIRCONSCRIPTION = "0349102J";

    private JsonObject overview(String who, String uai) {
        Api.Reply reply = new Api(url).as(who, PASSWORD).get("api/schools/" + uai + "/overview");
        assertThat(who + ": " + reply.body(), reply.status(), is(200));
        return reply.json();
    }

    private static Set<String> sections(JsonObject overview) {
        return overview.keySet();
    }

    @Test
    void eachRoleReadsItsSections() {
        JsonObject staff = overview("dsi", SCHOOL);
        assertThat(sections(staff), is(Set.of("identity", "equipment", "equipmentTraining", "audits", "loans", "costs",
                "licences", "requests", "training", "plan")));
        // the demo digital plan brings the school its screens (issue 19)
        assertThat(staff.getJsonArray("plan").getJsonObject(0).containsKey("estimatedCost"), is(true));
        assertThat(staff.getJsonObject("identity").getString("uai"), is(SCHOOL));
        assertThat(staff.getJsonObject("identity").getString("headTeacher"), containsString("Danielle"));
        assertThat(staff.getJsonObject("equipment").getJsonNumber("inService").longValue(), greaterThan(0L));
        assertThat(staff.getJsonArray("audits").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name")).toList(), hasItem("Inventaire de printemps (démo)"));
        assertThat(staff.getJsonObject("requests").containsKey("latest"), is(true));
        assertThat(staff.getJsonObject("requests").getJsonNumber("open").longValue(), greaterThan(0L));
        assertThat(staff.getJsonObject("training").containsKey("named"), is(false));
        // the demo lends the school kits and records interventions on its screen: both show, with the money
        JsonObject loans = staff.getJsonObject("loans");
        assertThat(loans.getString("schoolUai"), is(SCHOOL));
        assertThat(loans.getJsonArray("current").size() + loans.getJsonArray("next").size(), greaterThan(0));
        assertThat(staff.getJsonArray("costs").getValuesAs(JsonObject.class).stream()
                .mapToDouble(y -> y.getJsonNumber("maintenance").doubleValue()).sum(), greaterThan(0.0));

        JsonObject councillor = overview("elue", SCHOOL);
        assertThat(sections(councillor), is(Set.of("identity", "equipment", "equipmentTraining", "licences", "requests",
                "training", "plan")));
        assertThat(councillor.getJsonObject("requests").containsKey("latest"), is(false));
        assertThat(councillor.getJsonObject("requests").getJsonNumber("open").longValue(), greaterThan(0L));

        JsonObject head = overview("directrice", SCHOOL);
        assertThat(sections(head), is(Set.of("identity", "equipment", "equipmentTraining", "loans", "licences", "requests", "training")));
        assertThat(head.getJsonObject("requests").containsKey("latest"), is(true));
        assertThat(head.getJsonObject("training").containsKey("named"), is(false));

        JsonObject inspector = overview("ien", SCHOOL);
        assertThat(sections(inspector), is(Set.of("identity", "equipment", "equipmentTraining", "loans", "licences",
                "training", "plan")));
        assertThat("no amount for the inspectorate", inspector.getJsonArray("plan").getJsonObject(0)
                .containsKey("estimatedCost"), is(false));
        assertThat(inspector.getJsonObject("training").getJsonArray("named").size(),
                is(inspector.getJsonObject("training").getInt("teachers")));

        JsonObject admin = overview("admin", SCHOOL);
        assertThat(sections(admin), is(Set.of("identity", "equipment", "equipmentTraining", "audits", "loans", "costs",
                "licences", "requests", "training", "plan")));
    }

    @Test
    void noTeacherIsNamedOutsideTheInspectorateAndSmallGroupsHideTheirHours() {
        JsonObject inspector = overview("ien", SCHOOL);
        // the school's head teachers are named in its identity, to every reader
        String headTeacher = inspector.getJsonObject("identity").getString("headTeacher");
        List<String> names = inspector.getJsonObject("training").getJsonArray("named").getValuesAs(JsonObject.class)
                .stream().map(n -> n.getString("name")).filter(n -> !headTeacher.contains(n)).toList();
        assertThat(names.isEmpty(), is(false));
        for (String reader : List.of("dsi", "elue", "directrice", "admin")) {
            String body = new Api(url).as(reader, PASSWORD).get("api/schools/" + SCHOOL + "/overview").body();
            for (String name : names) {
                assertThat(reader + " reads " + name, body, not(containsString(name)));
            }
        }
        JsonObject training = overview("dsi", SCHOOL).getJsonObject("training");
        int teachers = training.getInt("teachers");
        int minimum = training.getInt("minGroup");
        // under the privacy minimum (the demo school has four teachers) the hours are not shared
        assertThat(training.containsKey("minutesDone"), is(teachers >= minimum));
        assertThat(training.containsKey("minutesDue"), is(teachers >= minimum));
    }

    @Test
    void anotherSchoolIsHiddenAndTeachersAreRefused() {
        assertThat(new Api(url).as("dsi.villeneuve", PASSWORD).get("api/schools/" + SCHOOL + "/overview").status(),
                is(404));
        assertThat(new Api(url).as("elue.villeneuve", PASSWORD).get("api/schools/" + SCHOOL + "/overview").status(),
                is(404));
        assertThat(new Api(url).as("directeur.villeneuve", PASSWORD).get("api/schools/" + SCHOOL + "/overview")
                .status(), is(404));
        assertThat(new Api(url).as("directrice", PASSWORD).get("api/schools/" + OTHER_CIRCONSCRIPTION + "/overview")
                .status(), is(404));
        assertThat(new Api(url).as("ien", PASSWORD).get("api/schools/" + OTHER_CIRCONSCRIPTION + "/overview").status(),
                is(404));
        assertThat(new Api(url).as("enseignant", PASSWORD).get("api/schools/" + SCHOOL + "/overview").status(), is(403));
        assertThat(new Api(url).as("formateur", PASSWORD).get("api/schools/" + SCHOOL + "/overview").status(), is(403));
        assertThat(new Api(url).as("dsi", PASSWORD).get("api/schools/0349104M/overview").status(), is(400));
        assertThat(new Api(url).anonymous().get("api/schools/" + SCHOOL + "/overview").status(), is(401));
    }
}
