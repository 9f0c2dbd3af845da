package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The year in review: what the test creates in a city of its own falls in the right school year (a request
 * made on 31 August at 23:30 Paris time in the year that ends, one made half an hour after midnight in the
 * next), the year before sits beside it, another city's data stays out, the PDF speaks French or English
 * and keeps a hostile city name as text; teachers are refused.
 */
class YearInReviewIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String HOSTILE = "<script>alert(1)</script> \"=cmd|' /C calc'!A0\"";

    private static String uai(int digits) {
        String code = String.format("%07d", digits);
        return code + LETTERS.charAt(digits % 23);
    }

    /** A new city of one new school; its id and the school's UAI. */
    private record Place(long cityId, String school) {
    }

    private Place newCity(String name) {
        long run = System.nanoTime();
        String commune = "95" + String.format("%03d", run % 1000);
        String school = uai(3496000 + (int) (run % 1000));
        Api admin = new Api(url).as("admin", PASSWORD);
        Api.Reply created = admin.postJson("api/schools", """
                {"uai":"%s","name":"École du bilan","kind":"PRIMAIRE","street":"1 rue du Bilan",
                 "postcode":"34000","communeCode":"%s","communeName":"Bilan","priority":"NONE","state":"OPEN",
                 "circonscriptionCode":"0341101M"}""".formatted(school, commune));
        assertThat(created.body(), created.status(), is(201));
        Api.Reply city = admin.postJson("api/cities", """
                {"name":"%s %d","communes":["%s"]}""".formatted(name.replace("\"", "\\\""), run, commune));
        assertThat(city.body(), city.status(), is(201));
        return new Place(city.json().getJsonNumber("id").longValue(), school);
    }

    private long item(String school, String type, String bought, String price, String tne) {
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/equipment", """
                {"serialNumber":"REV-%d","schoolUai":"%s","type":"%s","brand":"Marque","room":"CP",
                 "purchaseDate":"%s","price":%s,"tneAmount":%s}""".formatted(System.nanoTime(), school, type, bought,
                price, tne));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    /** A request made at this instant (the application's clock fixed), resolved at once when asked. */
    private void request(String school, Instant at, boolean resolved) {
        try (FixedClock clock = FixedClock.at(url, at)) {
            Api admin = new Api(url).as("admin", PASSWORD);
            Api.Reply created = admin.postJson("api/support/requests", """
                    {"schoolUai":"%s","category":"HARDWARE","subject":"Écran","description":"Noir."}""".formatted(school));
            assertThat(created.body(), created.status(), is(201));
            if (resolved) {
                long id = created.json().getJsonNumber("id").longValue();
                Api.Reply done = admin.postJson("api/support/requests/" + id + "/resolution", "{\"text\":\"Réparé.\"}");
                assertThat(done.body(), done.status(), is(200));
            }
        }
    }

    private JsonObject review(String as, String query) {
        Api.Reply reply = new Api(url).as(as, PASSWORD).get("api/dashboard/year-in-review" + query);
        assertThat(reply.body(), reply.status(), is(200));
        return reply.json();
    }

    private static long delivered(JsonObject year, String type) {
        return year.getJsonObject("deliveredByType").getJsonNumber(type).longValue();
    }

    private static BigDecimal money(JsonObject year, String figure) {
        return year.getJsonObject("money").getJsonNumber(figure).bigDecimalValue();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    @Test
    void whatACityDidFallsInItsSchoolYearBesideTheYearBeforeAndStaysInThatCity() {
        JsonObject beziersBefore = review("dsi", "?year=2024");
        Place place = newCity("Ville du bilan");
        long screen = item(place.school(), "INTERACTIVE_SCREEN", "2024-09-01", "1000", "600");
        item(place.school(), "TABLET", "2025-08-31", "300", "0");
        item(place.school(), "INTERACTIVE_SCREEN", "2024-08-31", "2000", "1200");
        item(place.school(), "LAPTOP", "2025-09-01", "700", "0");
        Api.Reply intervention = new Api(url).as("admin", PASSWORD).postJson("api/equipment/" + screen + "/maintenance", """
                {"performedOn":"2025-03-10","supplierId":null,"staffName":"Agent","cost":150,"description":"Dalle"}""");
        assertThat(intervention.body(), intervention.status(), is(201));
        request(place.school(), Instant.parse("2024-06-03T08:00:00Z"), false);
        request(place.school(), Instant.parse("2025-08-31T21:30:00Z"), true);
        request(place.school(), Instant.parse("2025-08-31T22:30:00Z"), false);

        JsonObject review = review("admin", "?year=2024&city=" + place.cityId());
        assertThat(review.getString("scope"), containsString("Ville du bilan"));
        JsonObject current = review.getJsonObject("current");
        JsonObject previous = review.getJsonObject("previous");
        assertThat(current.getString("schoolYear"), is("2024-2025"));
        assertThat(previous.getString("schoolYear"), is("2023-2024"));
        assertThat("bought on 1 September", delivered(current, "INTERACTIVE_SCREEN"), is(1L));
        assertThat("bought on 31 August, the year's last day", delivered(current, "TABLET"), is(1L));
        assertThat("bought on 1 September 2025: the next year", delivered(current, "LAPTOP"), is(0L));
        assertThat(delivered(previous, "INTERACTIVE_SCREEN"), is(1L));
        assertThat(delivered(previous, "TABLET"), is(0L));
        assertThat(money(current, "equipment"), comparesEqualTo(new BigDecimal("1300")));
        assertThat(money(current, "equipmentTne"), comparesEqualTo(new BigDecimal("600")));
        assertThat(money(current, "interventions"), comparesEqualTo(new BigDecimal("150")));
        assertThat(money(previous, "equipment"), comparesEqualTo(new BigDecimal("2000")));
        assertThat(money(previous, "interventions"), comparesEqualTo(BigDecimal.ZERO));
        JsonObject requests = current.getJsonObject("requests");
        assertThat("made on 31 August at 23:30, Paris time", requests.getInt("opened"), is(1));
        assertThat(requests.getInt("resolved"), is(1));
        assertThat(previous.getJsonObject("requests").getInt("opened"), is(1));

        JsonObject next = review("admin", "?year=2025&city=" + place.cityId()).getJsonObject("current");
        assertThat("made half an hour after midnight on 1 September", next.getJsonObject("requests").getInt("opened"),
                is(1));
        assertThat(delivered(next, "LAPTOP"), is(1L));
        assertThat("the year before of 2025 is 2024", review("admin", "?year=2025&city=" + place.cityId())
                .getJsonObject("previous").getJsonObject("requests").getInt("resolved"), is(1));

        JsonObject beziersAfter = review("dsi", "?year=2024");
        assertThat("another city's items are not Béziers'", beziersAfter.getJsonObject("current")
                .getJsonObject("deliveredByType"), is(beziersBefore.getJsonObject("current").getJsonObject("deliveredByType")));
        assertThat(beziersAfter.getJsonObject("current").getJsonObject("money"),
                is(beziersBefore.getJsonObject("current").getJsonObject("money")));
        assertThat(beziersAfter.getJsonObject("current").getJsonObject("requests"),
                is(beziersBefore.getJsonObject("current").getJsonObject("requests")));
        assertThat(beziersAfter.getString("scope"), is("Béziers"));
    }

    @Test
    void trainingAndLicencesAreTheDashboardsOwnFiguresOfEachYear() {
        JsonObject review = review("dsi", "?year=2025");
        JsonObject dashboard = new Api(url).as("dsi", PASSWORD).get("api/dashboard?year=2025").json();
        JsonObject before = new Api(url).as("dsi", PASSWORD).get("api/dashboard?year=2024").json();
        JsonObject training = review.getJsonObject("current").getJsonObject("training");
        assertThat(training.getInt("teachers"), is(dashboard.getJsonObject("training").getInt("teachers")));
        assertThat(training.get("minutesDone"), is(dashboard.getJsonObject("training").get("minutesDone")));
        assertThat(review.getJsonObject("previous").getJsonObject("training").get("minutesDone"),
                is(before.getJsonObject("training").get("minutesDone")));
        JsonObject licences = review.getJsonObject("current").getJsonObject("licences");
        assertThat(licences.getInt("seatsAssigned"), is(dashboard.getJsonObject("licences").getInt("seatsAssigned")));
        assertThat(licences.getInt("seatsUsed"), is(dashboard.getJsonObject("licences").getInt("seatsUsed")));
        assertThat(review.getJsonObject("current").getJsonObject("money").getJsonNumber("licences").bigDecimalValue()
                .compareTo(dashboard.getJsonObject("licences").getJsonNumber("spent").bigDecimalValue()), is(0));

        JsonObject inspector = review("ien", "?year=2025");
        assertThat("prices are the city's business", inspector.getJsonObject("current").containsKey("money"), is(false));
        assertThat(inspector.getString("scope"), containsString("Béziers-Centre"));
        assertThat(inspector.getJsonObject("current").getJsonObject("training").getInt("teachers"),
                is(new Api(url).as("ien", PASSWORD).get("api/dashboard?year=2025").json().getJsonObject("training")
                        .getInt("teachers")));
    }

    @Test
    void thePdfSpeaksFrenchByDefaultEnglishWhenAskedAndKeepsAHostileNameAsText() throws IOException {
        Place place = newCity(HOSTILE);
        item(place.school(), "WEBRADIO_KIT", "2025-10-01", "450", "0");
        Api admin = new Api(url).as("admin", PASSWORD);

        Api.Reply french = admin.get("api/dashboard/year-in-review.pdf?year=2025&city=" + place.cityId());
        assertThat(french.status(), is(200));
        assertThat(french.contentType(), containsString("application/pdf"));
        String text = text(admin.bytes("api/dashboard/year-in-review.pdf?year=2025&city=" + place.cityId()));
        assertThat(text, containsString("Bilan de l'année scolaire 2025-2026"));
        assertThat(text, containsString("Comparé à l'année scolaire 2024-2025"));
        assertThat(text, containsString("(heure de Paris)"));
        assertThat("the name as it was typed, text in the PDF", text, containsString("Périmètre : " + HOSTILE));
        assertThat(text, containsString("Équipement livré"));
        assertThat(text.replaceAll("\\s+", ""), containsString("Kitswebradio10+1"));
        assertThat(text, containsString("Dépenses et subventions"));
        assertThat(text, containsString("Demandes et niveaux de service"));

        String english = text(admin.bytes("api/dashboard/year-in-review.pdf?year=2025&lang=en&city=" + place.cityId()));
        assertThat(english, containsString("School year 2025-2026 in review"));
        assertThat(english, containsString("Equipment delivered"));
        assertThat(english, containsString("Requests and service levels"));
        assertThat(english, not(containsString("Bilan")));

        JsonObject json = review("admin", "?year=2025&city=" + place.cityId());
        assertThat(json.getString("scope"), containsString(HOSTILE));

        assertThat(admin.get("api/dashboard/year-in-review.pdf?lang=de").status(), is(400));
        String inspector = text(new Api(url).as("ien", PASSWORD).bytes("api/dashboard/year-in-review.pdf?year=2025"));
        assertThat(inspector, containsString("Périmètre : Circonscription de Béziers-Centre"));
        assertThat(inspector, not(containsString("Dépenses et subventions")));
    }

    @Test
    void teachersAndHeadTeachersAreRefused() {
        for (String who : new String[] {"enseignant", "directrice"}) {
            Api as = new Api(url).as(who, PASSWORD);
            assertThat(who, as.get("api/dashboard/year-in-review").status(), is(403));
            assertThat(who, as.get("api/dashboard/year-in-review.pdf").status(), is(403));
        }
        assertThat(new Api(url).get("api/dashboard/year-in-review").status(), is(401));
        assertThat(new Api(url).as("elue", PASSWORD).get("api/dashboard/year-in-review.pdf?lang=en").status(), is(200));
    }
}
