package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inspectors' workflow on Payara Micro and the configured database: validation of requests,
 * designation of a target public, trainers booked twice, admins naming the circonscription, and
 * cancelling a whole offer. Sessions sit 70 days and more ahead, clear of the other test classes.
 */
class TrainingWorkflowIT extends ApiTestBase {

    private List<JsonObject> enrolments(long sessionId) {
        return new Api(url).as("ien", PASSWORD).get("api/training/sessions/" + sessionId + "/enrolments").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
    }

    private Api.Reply book(String username, long sessionId) {
        return new Api(url).as(username, PASSWORD).send("PUT", "api/training/sessions/" + sessionId + "/booking");
    }

    private Api.Reply decide(long sessionId, String username, boolean accept) {
        return new Api(url).as("ien", PASSWORD).putJson("api/training/sessions/" + sessionId + "/requests/" + username,
                accept ? "{\"accept\":true}" : "{\"accept\":false,\"reason\":\"PRIORITY_PUBLIC_FIRST\"}");
    }

    @Test
    void requestsWaitForTheInspectorWhoAcceptsOrRefusesThem() {
        long offer = offer("Sur validation", "OPTIONNELLE", "PRESENTIEL", 90, inDays(-1), inDays(20),
                "\"needsValidation\":true");
        long session = session(offer, inDays(70), Duration.ofHours(2), 1, "");
        publish(offer);

        for (String teacher : List.of("enseignant01", "enseignant04", "enseignant07")) {
            Api.Reply asked = book(teacher, session);
            assertThat(asked.body(), asked.json().getString("myStatus"), is("PENDING"));
        }
        assertThat(book("enseignant01", session).status(), is(409));
        assertThat(enrolments(session).stream().map(e -> e.getString("status")).toList(), everyItem(is("PENDING")));
        assertThat(new Api(url).as("enseignant", PASSWORD).putJson("api/training/sessions/" + session
                + "/requests/enseignant01", "{\"accept\":true}").status(), is(403));

        assertThat(decide(session, "enseignant04", true).json().getString("status"), is("CONFIRMED"));
        assertThat(decide(session, "enseignant01", true).json().getString("status"), is("WAITLISTED"));
        assertThat(decide(session, "enseignant07", false).json().getString("status"), is("REFUSED"));
        Api.Reply again = decide(session, "enseignant07", true);
        assertThat(again.status(), is(400));
        assertThat(again.json().getString("code"), is("validation.notPending"));

        List<JsonObject> lines = enrolments(session);
        assertThat(lines.stream().map(e -> e.getString("username")).toList(), is(List.of("enseignant04", "enseignant01")));
        assertThat(new Api(url).as("enseignant07", PASSWORD).get("api/training/my-bookings").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(s -> s.getJsonNumber("sessionId").longValue()).toList(),
                not(hasItem(session)));
    }

    @Test
    void designationSeatsTheWholeTargetPublicInOneActionWithinCapacity() {
        Instant when = inDays(72);
        // enseignant01 already holds another session at the same time
        long optional = offer("Déjà pris", "OPTIONNELLE", "PRESENTIEL", 60, inDays(-1), inDays(20), "");
        long busy = session(optional, when, Duration.ofHours(1), 5, "");
        publish(optional);
        assertThat(book("enseignant01", busy).json().getString("myStatus"), is("CONFIRMED"));

        // schools 0349101H and 0349104L: enseignant01, enseignant31, directrice, enseignant, enseignant04, enseignant34
        long offer = offer("Obligatoire", "OBLIGATOIRE_CIRCONSCRIPTION", "PRESENTIEL", 180, inDays(-1), inDays(20),
                "\"targetSchools\":[\"0349101H\",\"0349104L\"]");
        long session = session(offer, when, Duration.ofHours(3), 2, "");
        publish(offer);
        String designation = "api/training/sessions/" + session + "/designation";

        Api.Reply tooMany = new Api(url).as("ien", PASSWORD).post(designation, "application/json", new byte[0]);
        assertThat(tooMany.status(), is(400));
        assertThat(tooMany.json().getString("code"), is("designation.tooMany"));
        assertThat(enrolments(session).size(), is(0));

        Api.Reply bigger = new Api(url).as("ien", PASSWORD).putJson("api/training/sessions/" + session, """
                {"startsAt":"%s","endsAt":"%s","place":"École des essais","capacity":500}"""
                .formatted(when, when.plus(Duration.ofHours(3))));
        assertThat(bigger.body(), bigger.status(), is(200));
        // the target public: every teacher of the two schools (other test classes may have added some)
        long targeted = new Api(url).as("ien", PASSWORD).get("api/training/hours").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> List.of("0349101H", "0349104L").contains(t.getString("schoolUai"))).count();
        JsonObject report = new Api(url).as("ien", PASSWORD).post(designation, "application/json", new byte[0]).json();
        assertThat(report.toString(), (long) report.getInt("designated"), is(targeted - 1));
        assertThat(report.getInt("alreadyEnrolled"), is(0));
        assertThat(report.getJsonArray("overlapping").size(), is(1));
        assertThat(report.getJsonArray("overlapping").getString(0), containsString("Déjà pris"));

        List<JsonObject> seated = enrolments(session);
        assertThat((long) seated.size(), is(targeted - 1));
        assertThat(seated.stream().map(e -> e.getBoolean("designated")).toList(), everyItem(is(true)));
        assertThat(seated.stream().map(e -> e.getString("username")).toList(), not(hasItem("enseignant07")));

        JsonObject second = new Api(url).as("ien", PASSWORD).post(designation, "application/json", new byte[0]).json();
        assertThat(second.getInt("designated"), is(0));
        assertThat((long) second.getInt("alreadyEnrolled"), is(targeted - 1));

        long optionalSession = session(optional, inDays(73), Duration.ofHours(1), 5, "");
        Api.Reply notObligatoire = new Api(url).as("ien", PASSWORD).post("api/training/sessions/" + optionalSession
                + "/designation", "application/json", new byte[0]);
        assertThat(notObligatoire.json().getString("code"), is("designation.obligatoireOnly"));
    }

    @Test
    void aTrainerBookedTwiceAtTheSameTimeIsFlaggedAndTrainersComeFromTheInspectorate() {
        Instant when = inDays(75);
        long first = offer("Webradio en classe", "OPTIONNELLE", "PRESENTIEL", 120, inDays(-1), inDays(20), "");
        long second = offer("Tablettes", "OPTIONNELLE", "PRESENTIEL", 120, inDays(-1), inDays(20), "");
        session(first, when, Duration.ofHours(2), 5, "\"trainers\":[\"erun\"]");
        Api.Reply clash = new Api(url).as("ien", PASSWORD).postJson("api/training/offers/" + second + "/sessions", """
                {"startsAt":"%s","endsAt":"%s","place":"Ailleurs","capacity":5,"trainers":["erun","cpc"]}"""
                .formatted(when.plus(Duration.ofHours(1)), when.plus(Duration.ofHours(3))));
        assertThat(clash.body(), clash.status(), is(201));
        assertThat(clash.json().getString("trainerClash"), containsString("Webradio en classe"));
        assertThat(clash.json().getJsonArray("trainerUsernames").size(), is(2));

        Api.Reply teacher = new Api(url).as("ien", PASSWORD).postJson("api/training/offers/" + second + "/sessions", """
                {"startsAt":"%s","endsAt":"%s","place":"Ailleurs","capacity":5,"trainers":["enseignant"]}"""
                .formatted(inDays(76), inDays(76).plus(Duration.ofHours(1))));
        assertThat(teacher.json().getString("code"), is("session.trainer.notTrainer"));
        Api.Reply unknown = new Api(url).as("ien", PASSWORD).postJson("api/training/offers/" + second + "/sessions", """
                {"startsAt":"%s","endsAt":"%s","place":"Ailleurs","capacity":5,"trainers":["personne"]}"""
                .formatted(inDays(76), inDays(76).plus(Duration.ofHours(1))));
        assertThat(unknown.json().getString("code"), is("session.trainer.unknown"));
        assertThat(new Api(url).as("ien", PASSWORD).get("api/training/trainers").body(), containsString("\"erun\""));
    }

    @Test
    void adminsNameTheCirconscriptionAndCancellingAnOfferClosesItsSessions() {
        String body = """
                {"title":"Offre départementale","category":"DEPARTEMENTALE","nature":"FORMATION_CONTINUE",
                 "modality":"DISTANCE","minutesCredited":45,"enrolmentOpens":"%s","enrolmentCloses":"%s"}"""
                .formatted(inDays(-1), inDays(20));
        Api.Reply missing = new Api(url).as("admin", PASSWORD).postJson("api/training/offers", body);
        assertThat(missing.status(), is(400));
        assertThat(missing.json().getString("code"), is("offer.circonscription.required"));
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/training/offers?circonscription=0341101M",
                body);
        assertThat(created.body(), created.status(), is(201));
        assertThat(created.json().getString("circonscriptionName"), containsString("Béziers-Centre"));

        long offer = created.json().getJsonNumber("id").longValue();
        long session = session(offer, inDays(78), Duration.ofMinutes(45), 5, "");
        publish(offer);
        assertThat(book("enseignant", session).json().getString("myStatus"), is("CONFIRMED"));
        Api.Reply cancelled = new Api(url).as("ien", PASSWORD).post("api/training/offers/" + offer + "/cancellation",
                "application/json", new byte[0]);
        assertThat(cancelled.body(), cancelled.json().getString("status"), is("CANCELLED"));
        assertThat(cancelled.json().getJsonArray("sessions").getJsonObject(0).getBoolean("cancelled"), is(true));
        assertThat(enrolments(session).size(), is(0));
        assertThat(book("enseignant", session).status(), is(400));
    }
}
