package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two cities in one deployment, on licences: Béziers' city employee ({@code dsi}) and
 * Villeneuve-lès-Béziers' ({@code dsi.villeneuve}) each see only their own city's licences,
 * products, suppliers, money, notices and exports (and have some), get 404 on the other city's,
 * cannot give seats to the other city's schools, import GAR lines of their own schools only, and
 * hear only of their own licences by mail; an administrator names the city of what they create.
 */
class LicenceCityScopeIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String BEZIERS_STAFF = "dsi";
    private static final String VILLENEUVE_STAFF = "dsi.villeneuve";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    /** The UAI of demo school i: 1 … 30 in Béziers, 31 and 32 in Villeneuve-lès-Béziers. */
    private static String school(int i) {
        int digits = 349100 + i;
        return String.format("%07d", digits) + LETTERS.charAt(digits % 23);
    }

    private Api as(String username) {
        return new Api(url).as(username, PASSWORD);
    }

    private static List<JsonObject> list(Api.Reply reply) {
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static long id(Api.Reply created) {
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    /** The id of the city the employee works for, read from their licences. */
    private long cityOf(String staff) {
        return list(as(staff).get("api/licences")).get(0).getJsonNumber("cityId").longValue();
    }

    private long product(Api who, String name, String extra) {
        return id(who.postJson("api/licences/products", """
                {"name":"%s","kind":"SOFTWARE"%s}""".formatted(name, extra)));
    }

    private long licence(Api who, long productId, LocalDate until, String extra) {
        return id(who.postJson("api/licences", """
                {"productId":%d,"kind":"PER_SEAT","seats":10,"validFrom":"%s","validUntil":"%s","price":"300",
                 "transferable":true%s}""".formatted(productId, LocalDate.now().minusMonths(6), until, extra)));
    }

    private Api.Reply assign(Api who, long licenceId, String uai) {
        return who.postJson("api/licences/" + licenceId + "/assignments",
                "{\"uai\":\"" + uai + "\",\"target\":\"SCHOOL\",\"seats\":1}");
    }

    /** A licence of the employee's city ending in five days, its reminder pass run: a notice of that city. */
    private long endingSoon(String staff, String productName) {
        Api who = as(staff);
        long licence = licence(who, product(who, productName, ""), LocalDate.now().plusDays(5), "");
        assertThat(who.postJson("api/licences/reminders/run", "").status(), is(200));
        return licence;
    }

    private static Set<Long> ids(List<JsonObject> rows, String member) {
        return rows.stream().map(r -> r.getJsonNumber(member).longValue()).collect(Collectors.toSet());
    }

    @Test
    void eachCitySeesItsOwnLicencesProductsSuppliersMoneyNoticesAndExportsOnly() {
        long beziers = cityOf(BEZIERS_STAFF);
        long villeneuve = cityOf(VILLENEUVE_STAFF);
        assertThat(beziers == villeneuve, is(false));
        endingSoon(BEZIERS_STAFF, "Portée Béziers " + System.nanoTime());
        endingSoon(VILLENEUVE_STAFF, "Portée Villeneuve " + System.nanoTime());

        for (String staff : List.of(BEZIERS_STAFF, VILLENEUVE_STAFF)) {
            long city = staff.equals(BEZIERS_STAFF) ? beziers : villeneuve;
            String other = staff.equals(BEZIERS_STAFF) ? "Lecture Plus (démo)" : "Tableau interactif Pro (démo)";
            Api who = as(staff);
            List<JsonObject> licences = list(who.get("api/licences"));
            List<JsonObject> products = list(who.get("api/licences/products"));
            List<JsonObject> suppliers = list(who.get("api/licences/suppliers"));
            for (List<JsonObject> rows : List.of(licences, products, suppliers)) {
                assertThat(staff + " has data", rows.isEmpty(), is(false));
                assertThat(staff + " sees only their city's rows", ids(rows, "cityId"), is(Set.of(city)));
            }
            assertThat(products.stream().anyMatch(p -> p.getString("name").equals(other)), is(false));

            String csv = who.get("api/licences/licences.csv").body();
            assertThat(csv.split("\r\n").length, is(1 + licences.size()));
            assertThat(csv, not(containsString(other)));
            String assignments = who.get("api/licences/assignments.csv").body();
            assertThat(assignments.split("\r\n").length > 1, is(true));
            assertThat(assignments, not(containsString(other)));

            JsonObject costs = who.get("api/licences/costs").json();
            List<String> costProducts = costs.getJsonArray("byProduct").getValuesAs(JsonObject.class).stream()
                    .map(l -> l.getString("key")).toList();
            assertThat(costProducts.isEmpty(), is(false));
            assertThat(costProducts.contains(other), is(false));
            Set<String> ownProducts = products.stream().map(p -> p.getString("name")).collect(Collectors.toSet());
            assertThat(ownProducts.containsAll(costProducts), is(true));
            List<JsonObject> reconciliation = list(who.get("api/licences/reconciliation"));
            assertThat(reconciliation.isEmpty(), is(false));
            assertThat(reconciliation.stream().allMatch(l -> ownProducts.contains(l.getString("productName"))), is(true));

            List<JsonObject> notices = list(who.get("api/licences/reminders"));
            assertThat(staff + " has notices", notices.isEmpty(), is(false));
            assertThat(ids(licences, "id").containsAll(ids(notices, "licenceId")), is(true));
        }
        Set<Long> everyCity = ids(list(as("admin").get("api/licences")), "cityId");
        assertThat(everyCity.containsAll(Set.of(beziers, villeneuve)), is(true));
    }

    @Test
    void theOtherCitysLicencesProductsSuppliersAssignmentsDocumentsAndNoticesAnswer404BothWays() {
        Api beziers = as(BEZIERS_STAFF);
        Api villeneuve = as(VILLENEUVE_STAFF);
        for (Api[] pair : List.of(new Api[] {beziers, villeneuve}, new Api[] {villeneuve, beziers})) {
            Api owner = pair[0];
            Api stranger = pair[1];
            long supplier = id(owner.postJson("api/licences/suppliers",
                    "{\"name\":\"Fournisseur " + System.nanoTime() + "\"}"));
            long product = product(owner, "Produit " + System.nanoTime(), ",\"supplierId\":" + supplier);
            long licence = endingSoon(owner == beziers ? BEZIERS_STAFF : VILLENEUVE_STAFF, "Fin " + System.nanoTime());
            String uai = owner == beziers ? school(7) : school(31);
            long assignment = id(assign(owner, licence, uai));
            long document = id(owner.post("api/licences/" + licence + "/documents?name=contrat.pdf",
                    "application/octet-stream", "%PDF-1.4 contrat".getBytes(StandardCharsets.UTF_8)));
            long notice = list(owner.get("api/licences/reminders")).stream()
                    .filter(n -> n.getJsonNumber("licenceId").longValue() == licence).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();

            assertThat(stranger.get("api/licences/" + licence).status(), is(404));
            assertThat(stranger.get("api/licences/" + licence + "/assignments").status(), is(404));
            assertThat(stranger.get("api/licences/" + licence + "/documents").status(), is(404));
            assertThat(stranger.get("api/licences/documents/" + document).status(), is(404));
            assertThat(stranger.post("api/licences/" + licence + "/documents?name=x.pdf", "application/octet-stream",
                    "%PDF-1.4".getBytes(StandardCharsets.UTF_8)).status(), is(404));
            assertThat(stranger.putJson("api/licences/" + licence, """
                    {"productId":%d,"kind":"PER_SEAT","seats":10,"validFrom":"2026-01-01","validUntil":"2030-01-01",
                     "price":"1"}""".formatted(product)).status(), is(404));
            assertThat(stranger.postJson("api/licences/" + licence + "/renewal", "").status(), is(404));
            assertThat(stranger.postJson("api/licences/" + licence + "/cancellation", "").status(), is(404));
            assertThat(stranger.postJson("api/licences/assignments/" + assignment + "/release", "").status(), is(404));
            assertThat(stranger.postJson("api/licences/" + licence + "/bulk-assignments/preview",
                    "{\"circonscriptionCode\":\"0341101M\",\"seatsPerSchool\":1}").status(), is(404));
            assertThat(stranger.postJson("api/licences/reminders/" + notice + "/read", "").status(), is(404));
            assertThat(stranger.putJson("api/licences/products/" + product,
                    "{\"name\":\"Volé\",\"kind\":\"SOFTWARE\"}").status(), is(404));
            Api.Reply otherProduct = stranger.postJson("api/licences", """
                    {"productId":%d,"kind":"UNLIMITED","validFrom":"2026-01-01","validUntil":"2030-01-01","price":"1"}"""
                    .formatted(product));
            assertThat(otherProduct.status(), is(404));
            assertThat(otherProduct.json().getString("code"), is("licence.product.notFound"));
            assertThat(stranger.postJson("api/licences/products",
                    "{\"name\":\"Chez l'autre\",\"kind\":\"SOFTWARE\",\"supplierId\":" + supplier + "}").status(),
                    is(404));

            JsonObject unchanged = owner.get("api/licences/" + licence).json();
            assertThat(unchanged.getString("status"), is("ACTIVE"));
            assertThat(unchanged.getInt("assignedSeats"), is(1));
        }
    }

    @Test
    void seatsGoToTheLicencesCitySchoolsOnly() {
        Api villeneuve = as(VILLENEUVE_STAFF);
        long licence = licence(villeneuve, product(villeneuve, "Sièges " + System.nanoTime(), ""),
                LocalDate.now().plusMonths(6), "");
        Api.Reply elsewhere = assign(villeneuve, licence, school(1));
        assertThat(elsewhere.body(), elsewhere.status(), is(400));
        assertThat(elsewhere.json().getString("code"), is("licence.school.otherCity"));
        assertThat(elsewhere.json().getString("detail"), containsString("n'appartient pas à la ville de cette licence"));
        Api.Reply english = new Api(url).as(VILLENEUVE_STAFF, PASSWORD).inLanguage("en").postJson(
                "api/licences/" + licence + "/assignments", "{\"uai\":\"" + school(1) + "\",\"seats\":1}");
        assertThat(english.json().getString("detail"), containsString("does not belong to this licence's city"));
        assertThat(assign(villeneuve, licence, school(31)).status(), is(201));

        // Béziers-Centre holds schools of both cities: a bulk assignment takes the licence's city's only
        Api.Reply preview = villeneuve.postJson("api/licences/" + licence + "/bulk-assignments/preview",
                "{\"circonscriptionCode\":\"0341101M\",\"seatsPerSchool\":1}");
        assertThat(preview.body(), preview.status(), is(200));
        List<String> uais = preview.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("uai")).toList();
        // the two demo schools of Villeneuve (and any that another test class placed there), none of Béziers
        assertThat(uais, hasItems(school(31), school(32)));
        assertThat(uais, everyItem(not(is(in(IntStream.rangeClosed(1, 30).mapToObj(i -> school(i)).toList())))));

        Api beziers = as(BEZIERS_STAFF);
        Api.Reply site = beziers.postJson("api/licences", """
                {"productId":%d,"kind":"SITE","holderUai":"%s","validFrom":"2026-01-01","validUntil":"2030-01-01",
                 "price":"1"}""".formatted(product(beziers, "Site " + System.nanoTime(), ""), school(32)));
        assertThat(site.status(), is(400));
        assertThat(site.json().getString("code"), is("licence.school.otherCity"));
    }

    @Test
    void anAdministratorNamesTheCityAndCityStaffAlwaysCreateForTheirOwn() {
        long beziers = cityOf(BEZIERS_STAFF);
        long villeneuve = cityOf(VILLENEUVE_STAFF);
        Api admin = as("admin");
        Api.Reply noCity = admin.postJson("api/licences/suppliers", "{\"name\":\"Sans ville " + System.nanoTime() + "\"}");
        assertThat(noCity.status(), is(400));
        assertThat(noCity.json().getString("code"), is("licence.city.required"));
        assertThat(admin.postJson("api/licences/products", "{\"name\":\"Sans ville\",\"kind\":\"SOFTWARE\"}").json()
                .getString("code"), is("licence.city.required"));
        assertThat(admin.postJson("api/licences/suppliers", "{\"name\":\"Ville inconnue\",\"cityId\":999999}").status(),
                is(404));

        Api.Reply supplier = admin.postJson("api/licences/suppliers",
                "{\"name\":\"Fournisseur admin " + System.nanoTime() + "\",\"cityId\":" + villeneuve + "}");
        assertThat(supplier.json().getJsonNumber("cityId").longValue(), is(villeneuve));
        assertThat(supplier.json().getString("cityName"), is("Villeneuve-lès-Béziers"));
        long product = product(admin, "Produit admin " + System.nanoTime(),
                ",\"cityId\":" + villeneuve + ",\"supplierId\":" + id(supplier));
        Api.Reply refused = admin.postJson("api/licences", """
                {"productId":%d,"kind":"UNLIMITED","validFrom":"2026-01-01","validUntil":"2030-01-01","price":"1"}"""
                .formatted(product));
        assertThat(refused.json().getString("code"), is("licence.city.required"));
        Api.Reply mixed = admin.postJson("api/licences", """
                {"productId":%d,"kind":"UNLIMITED","validFrom":"2026-01-01","validUntil":"2030-01-01","price":"1",
                 "cityId":%d}""".formatted(product, beziers));
        assertThat(mixed.status(), is(400));
        assertThat(mixed.json().getString("code"), is("licence.product.otherCity"));
        long licence = licence(admin, product, LocalDate.now().plusYears(1), ",\"cityId\":" + villeneuve);
        assertThat(as(VILLENEUVE_STAFF).get("api/licences/" + licence).json().getJsonNumber("cityId").longValue(),
                is(villeneuve));
        assertThat(as(BEZIERS_STAFF).get("api/licences/" + licence).status(), is(404));

        Api.Reply own = as(BEZIERS_STAFF).postJson("api/licences/suppliers",
                "{\"name\":\"Fournisseur dsi " + System.nanoTime() + "\",\"cityId\":" + villeneuve + "}");
        assertThat(own.json().getJsonNumber("cityId").longValue(), is(beziers));
    }

    @Test
    void theFormsOfferAdministratorsTheCityAndShowCityStaffTheirOwnRows() {
        PageBrowser admin = new PageBrowser(url);
        assertThat(admin.login("admin", PASSWORD).statusCode(), is(302));
        String products = admin.get("licences/products.xhtml").body();
        assertThat(products, containsString("id=\"product-city\""));
        assertThat(products, containsString("id=\"supplier-city\""));
        assertThat(products, containsString("Villeneuve-lès-Béziers"));
        assertThat(admin.get("licences/list.xhtml").body(), containsString("id=\"licence-city\""));

        PageBrowser staff = new PageBrowser(url);
        assertThat(staff.login(VILLENEUVE_STAFF, PASSWORD).statusCode(), is(302));
        String own = staff.get("licences/products.xhtml").body();
        assertThat(own, not(containsString("product-city")));
        assertThat(own, containsString("Lecture Plus (démo)"));
        assertThat(own, not(containsString("Tableau interactif Pro (démo)")));
        String list = staff.get("licences/list.xhtml").body();
        assertThat(list, containsString("Lecture Plus (démo)"));
        assertThat(list, not(containsString("Studio Webradio (démo)")));
    }

    private static byte[] garFile(String id, String uai) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><abonnements xmlns=\"http://www.atosworldline.com/"
                + "wsabonnement/v1.0/\"><abonnement><idAbonnement>" + id + "</idAbonnement><idRessource>ark:/47198/"
                + id + "</idRessource><typeIdRessource>ark</typeIdRessource><libelleRessource>Ressource " + id
                + "</libelleRessource><debutValidite>" + LocalDate.now().minusMonths(2) + "T00:00:00.000+02:00"
                + "</debutValidite><finValidite>" + LocalDate.now().plusMonths(8) + "T00:00:00.000+02:00</finValidite>"
                + "<uaiEtab>" + uai + "</uaiEtab><categorieAffectation>transferable</categorieAffectation>"
                + "<typeAffectation>INDIV</typeAffectation><nbLicenceGlobale>10</nbLicenceGlobale><publicCible>ELEVE"
                + "</publicCible></abonnement></abonnements>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void garLinesOfAnotherCitysSchoolAreReportedNotImported() {
        Api villeneuve = as(VILLENEUVE_STAFF);
        String theirs = "beziers_" + System.nanoTime();
        Api.Reply refused = villeneuve.post("api/licences/imports/gar-subscriptions", "application/xml",
                garFile(theirs, school(6)));
        assertThat(refused.body(), refused.status(), is(200));
        assertThat(refused.json().getInt("skipped"), is(1));
        assertThat(refused.json().getJsonArray("lines").getJsonObject(0).getString("reason"),
                containsString(school(6) + " appartient à une autre ville"));

        String mine = "villeneuve_" + System.nanoTime();
        Api.Reply created = villeneuve.post("api/licences/imports/gar-subscriptions", "application/xml",
                garFile(mine, school(32)));
        assertThat(created.json().getInt("created"), is(1));
        long villeneuveCity = cityOf(VILLENEUVE_STAFF);
        assertThat(list(villeneuve.get("api/licences")).stream().anyMatch(l -> mine.equals(l.getString(
                "garSubscriptionId", null)) && l.getJsonNumber("cityId").longValue() == villeneuveCity), is(true));
        assertThat(list(villeneuve.get("api/licences/products")).stream()
                .anyMatch(p -> p.getString("name").equals("Ressource " + mine)), is(true));
        assertThat(list(as(BEZIERS_STAFF).get("api/licences/products")).stream()
                .anyMatch(p -> p.getString("name").equals("Ressource " + mine)), is(false));

        byte[] usage = ("UAI;idAbonnement;codeProjetRessource;idRessource;cumulAffectationEleve;"
                + "cumulAffectationEnseignant;cumulAffectationDocumentaliste;cumulAffectationAutrePersonnel\r\n"
                + school(32) + ";" + mine + ";null;ark:/47198/" + mine + ";4;1;0;0\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply otherCity = as(BEZIERS_STAFF).post("api/licences/imports/gar-usage", "text/csv", usage);
        assertThat(otherCity.json().getInt("skipped"), is(1));
        assertThat(villeneuve.post("api/licences/imports/gar-usage", "text/csv", usage).json().getInt("created"), is(1));
    }

    /** The recipients of the mails whose subject names the product, waiting until {@code awaited} has one. */
    private static Set<String> recipientsOf(String product, String awaited) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Set<String> recipients = Set.of();
        while (Instant.now().isBefore(deadline)) {
            recipients = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(product))
                    .map(Mailbox::recipient).collect(Collectors.toSet());
            if (recipients.contains(awaited)) {
                return recipients;
            }
            Thread.sleep(500);
        }
        return recipients;
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reminderMailsGoToTheStaffOfTheLicencesCityOnly() throws Exception {
        String beziersProduct = "Rappel Béziers " + System.nanoTime();
        String villeneuveProduct = "Rappel Villeneuve " + System.nanoTime();
        endingSoon(BEZIERS_STAFF, beziersProduct);
        endingSoon(VILLENEUVE_STAFF, villeneuveProduct);

        // the outbox sends in the order mails were queued, and each licence's mails by username:
        // once the last awaited mail is in, a wrong one would have come before it
        Set<String> villeneuve = recipientsOf(villeneuveProduct, "dsi.villeneuve@demo.tandem.test");
        Set<String> beziers = recipientsOf(beziersProduct, "dsi@demo.tandem.test");
        assertThat(villeneuve.contains("dsi.villeneuve@demo.tandem.test"), is(true));
        assertThat(villeneuve.contains("dsi@demo.tandem.test"), is(false));
        assertThat(beziers.contains("dsi@demo.tandem.test"), is(true));
        assertThat(beziers.contains("dsi.villeneuve@demo.tandem.test"), is(false));
    }
}
