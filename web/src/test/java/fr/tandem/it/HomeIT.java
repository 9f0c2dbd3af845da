package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The home pages' work items over {@code api/home}: each role gets its own part, with the items it works on and
 * never another city's or circonscription's; and circonscription choices start from the person's territory.
 */
class HomeIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    @Test
    void theTeacherSeesTheSessionTheyBookedAndTheirOpenRequestTheInspectorTheDraftAndTheSessionTheyRun() {
        long run = System.nanoTime() % 1_000_000;
        long booked = offer("Accueil réservée " + run, "DEPARTEMENTALE", "PRESENTIEL", 180, inDays(-1), inDays(5), "");
        long session = session(booked, inDays(6), Duration.ofHours(3), 20, "\"trainers\":[\"ien\"]");
        publish(booked);
        long draft = offer("Accueil brouillon " + run, "DEPARTEMENTALE", "PRESENTIEL", 180, inDays(-1), inDays(5), "");

        Api teacher = new Api(url).as("enseignant", PASSWORD);
        JsonObject before = teacher.get("api/home").json();
        assertThat(teacher.send("PUT", "api/training/sessions/" + session + "/booking").status(), is(200));
        JsonObject home = teacher.get("api/home").json();
        JsonObject work = home.getJsonObject("teacher");
        assertThat(work.getJsonObject("nextSessions").getInt("total"),
                is(before.getJsonObject("teacher").getJsonObject("nextSessions").getInt("total") + 1));
        JsonObject mine = items(work, "nextSessions").stream()
                .filter(s -> s.getJsonNumber("sessionId").longValue() == session).findFirst().orElse(null);
        if (work.getJsonObject("nextSessions").getInt("total") <= 5) {
            assertThat("the booked session listed", mine, notNullValue());
            assertThat(mine.getString("myStatus"), is("CONFIRMED"));
        }
        assertThat("the teacher's hours", work.getJsonObject("hours").getInt("minutesDue"), greaterThan(0));
        assertThat("a teacher has no school, inspector, city or admin part", home.containsKey("school")
                && !home.isNull("school") || home.containsKey("city") && !home.isNull("city")
                || home.containsKey("inspector") && !home.isNull("inspector"), is(false));

        String uai = teacher.get("api/me").json().getString("schoolUai");
        long request = teacher.postJson("api/support/requests", """
                {"schoolUai":"%s","category":"HARDWARE","subject":"Accueil %d","description":"Écran noir."}"""
                .formatted(uai, run)).json().getJsonNumber("id").longValue();
        JsonObject requests = teacher.get("api/home").json().getJsonObject("teacher").getJsonObject("openRequests");
        assertThat(requests.getInt("total"), greaterThan(0));
        assertThat(ids(items(requests), "id"), hasItem(request));

        JsonObject inspector = new Api(url).as("ien", PASSWORD).get("api/home").json();
        JsonObject circonscription = inspector.getJsonObject("inspector");
        assertThat(ids(items(circonscription, "drafts"), "id"), hasItem(draft));
        assertThat("an inspector is no teacher", !inspector.containsKey("teacher") || inspector.isNull("teacher"), is(true));
        assertThat(ids(items(inspector, "sessionsToRun"), "sessionId"), hasItem(session));
        assertThat("the booked seat counts in the fill rate", items(circonscription, "upcoming").stream()
                .filter(s -> s.getJsonNumber("sessionId").longValue() == session)
                .allMatch(s -> s.getInt("confirmed") >= 1 && s.getInt("capacity") == 20), is(true));

        JsonObject city = new Api(url).as("dsi", PASSWORD).get("api/home").json().getJsonObject("city");
        assertThat(ids(items(city, "openRequests"), "id").size(), greaterThan(0));
        assertThat("the teacher's request waits in Béziers' queue", city.getJsonObject("openRequests").getInt("total"),
                greaterThan(0));
        JsonObject villeneuve = new Api(url).as("dsi.villeneuve", PASSWORD).get("api/home").json().getJsonObject("city");
        assertThat("never another city's request", ids(items(villeneuve, "openRequests"), "id"), not(hasItem(request)));
        assertThat(schools(items(villeneuve, "openRequests")), not(hasItem(uai)));
        assertThat(schools(items(villeneuve, "outOfOrder")), not(hasItem(uai)));
    }

    @Test
    void cityStaffSeeTheirLicencesEndingSoonAndRunningLowTheHeadTeacherTheSchoolTheCouncillorNothing() {
        JsonObject city = new Api(url).as("dsi", PASSWORD).get("api/home").json().getJsonObject("city");
        assertThat("the demo licence ending within three months", city.getJsonObject("expiring").getInt("total"),
                greaterThan(0));
        assertThat(items(city, "expiring").stream().map(l -> l.getJsonNumber("daysLeft").longValue()).toList(),
                everyItem(is(lessOrEqual90())));
        assertThat("the demo GAR resource almost out of seats", city.getJsonObject("lowOnSeats").getInt("total"),
                greaterThan(0));
        assertThat(items(city, "lowOnSeats").stream().allMatch(l -> l.getBoolean("lowOnSeats")), is(true));
        assertThat(items(city, "outOfOrder").stream().allMatch(e -> Set.of("BROKEN", "IN_REPAIR")
                .contains(e.getString("status"))), is(true));
        String villeneuveCity = "Villeneuve-lès-Béziers";
        assertThat(items(city, "expiring").stream().map(l -> l.getString("cityName", "")).toList(),
                not(hasItem(villeneuveCity)));

        JsonObject head = new Api(url).as("directrice", PASSWORD).get("api/home").json();
        String school = new Api(url).as("directrice", PASSWORD).get("api/me").json().getString("schoolUai");
        JsonObject work = head.getJsonObject("school");
        assertThat("the head teacher is a teacher as well", head.containsKey("teacher") && !head.isNull("teacher"), is(true));
        assertThat(schools(items(work, "openRequests")), everyItem(is(school)));
        assertThat(schools(items(work, "outOfOrder")), everyItem(is(school)));
        assertThat("the demo licences of the school", work.getJsonObject("licences").getInt("total"), greaterThan(0));
        assertThat(items(work, "licences").stream().map(a -> a.getString("uai")).toList(), everyItem(is(school)));

        JsonObject councillor = new Api(url).as("elue", PASSWORD).get("api/home").json();
        for (String part : List.of("teacher", "school", "inspector", "city", "admin")) {
            assertThat(part, !councillor.containsKey(part) || councillor.isNull(part), is(true));
        }
        JsonObject admin = new Api(url).as("admin", PASSWORD).get("api/home").json().getJsonObject("admin");
        assertThat(admin.getJsonObject("invitationsPending"), notNullValue());
        assertThat(admin.getJsonObject("deactivated"), notNullValue());
        assertThat(new Api(url).get("api/home").status(), is(401));
    }

    @Test
    void anImportedDepartementStaysOutOfBeziersTerritory() {
        long run = System.nanoTime() % 1_000_000;
        int digits = 9400000 + (int) (run % 90_000);
        String school = "%07d%s".formatted(digits, LETTERS.charAt(digits % 23));
        int circonscriptionDigits = 9419000 + (int) (run % 900);
        String circonscription = "%07d%s".formatted(circonscriptionDigits, LETTERS.charAt(circonscriptionDigits % 23));
        String csv = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_postal;Code_commune;"
                + "Nom_commune;code_circonscription;nom_circonscription;etat;code_nature;Ecole_maternelle;Ecole_elementaire\r\n"
                + school + ";École du Val;Ecole;94000;94028;Créteil;" + circonscription + ";Créteil-Essai " + run
                + ";OUVERT;151;0;1\r\n";
        JsonObject report = new Api(url).as("admin", PASSWORD).post("api/schools/import", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.toString(), report.getInt("created"), is(1));

        assertThat("the whole database has it", codes(new Api(url).as("admin", PASSWORD).get("api/circonscriptions")),
                hasItem(circonscription));
        assertThat("not the partner cities' territory", codes(new Api(url).as("admin", PASSWORD)
                .get("api/circonscriptions?territory=true")), not(hasItem(circonscription)));
        Set<String> beziers = codes(new Api(url).as("dsi", PASSWORD).get("api/circonscriptions?territory=true"));
        assertThat(beziers, not(hasItem(circonscription)));
        assertThat("Béziers' own circonscription", beziers, hasItem("0341101M"));
        assertThat("the inspector's territory is their circonscription",
                codes(new Api(url).as("ien", PASSWORD).get("api/circonscriptions?territory=true")), is(Set.of("0341101M")));
    }

    private static org.hamcrest.Matcher<Long> lessOrEqual90() {
        return org.hamcrest.Matchers.lessThanOrEqualTo(90L);
    }

    private static Set<String> codes(Api.Reply reply) {
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream().map(c -> c.getString("code"))
                .collect(Collectors.toSet());
    }

    private static List<JsonObject> items(JsonObject part, String list) {
        return items(part.getJsonObject(list));
    }

    private static List<JsonObject> items(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(List<JsonObject> items, String key) {
        return items.stream().map(i -> i.getJsonNumber(key).longValue()).toList();
    }

    private static List<String> schools(List<JsonObject> items) {
        return items.stream().map(i -> i.get("schoolUai") == null || i.get("schoolUai") == JsonValue.NULL ? ""
                : i.getString("schoolUai")).toList();
    }
}
