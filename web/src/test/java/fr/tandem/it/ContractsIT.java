package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Contracts on equipment through the REST API on Payara Micro: city staff create, change, export
 * and delete their city's, with clear messages for wrong terms; the other city's answer 404; the
 * shared reminder pass reminds a contract's notice deadline and end at each stage once, across
 * passes and restarts of the clock, and warranties ending in one mail per city, day and stage.
 * The clock is fixed years ahead, where no other data is due anything.
 */
class ContractsIT extends ApiTestBase {

    private static final String BEZIERS_STAFF = "dsi";
    private static final String VILLENEUVE_STAFF = "dsi.villeneuve";
    /** A Béziers school (the demo head teacher's) and a Villeneuve one. */
    private static final String BEZIERS_SCHOOL = "0349104L";
    private static final String VILLENEUVE_SCHOOL = "0349132S";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private Api as(String username) {
        return new Api(url).as(username, PASSWORD);
    }

    private static List<JsonObject> list(Api.Reply reply) {
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    /** The first supplier of the staff member's city. */
    private long supplier(String staff) {
        return list(as(staff).get("api/licences/suppliers")).get(0).getJsonNumber("id").longValue();
    }

    /** A new item of the school, its warranty ending on the day; answers its id. */
    private long item(String staff, String school, LocalDate warrantyEnd) {
        String body = """
                {"serialNumber":"CT-%d","schoolUai":"%s","type":"TABLET","brand":"Lenovo","model":"Tab M10",
                 "room":"CM1","purchaseDate":"%s","price":300,"tneAmount":0,"warrantyEnd":"%s"}"""
                .formatted(System.nanoTime(), school, warrantyEnd.minusYears(3), warrantyEnd);
        Api.Reply created = as(staff).postJson("api/equipment", body);
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private static String contract(long supplier, String reference, LocalDate start, LocalDate end, String cost,
                                   int notice, List<Long> items, Long version) {
        return """
                {"supplierId":%d,"reference":"%s","kind":"MAINTENANCE","startsOn":"%s","endsOn":"%s",
                 "yearlyCost":"%s","noticeDays":%d,"tacitRenewal":true,"note":"Sur site sous 48 h","itemIds":%s%s}"""
                .formatted(supplier, reference.replace("\\", "\\\\").replace("\"", "\\\""), start, end, cost, notice,
                        items, version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void cityStaffCreateChangeExportAndDeleteAContractCoveringItems() {
        Api staff = as(BEZIERS_STAFF);
        long supplier = supplier(BEZIERS_STAFF);
        long first = item(BEZIERS_STAFF, BEZIERS_SCHOOL, LocalDate.now().plusYears(2));
        long second = item(BEZIERS_STAFF, BEZIERS_SCHOOL, LocalDate.now().plusYears(2));
        String hostile = "=HYPERLINK(\"http://x\") <script>alert('x')</script> " + System.nanoTime();
        LocalDate start = LocalDate.now().minusMonths(6);
        LocalDate end = start.plusYears(3);

        Api.Reply created = staff.postJson("api/equipment/contracts",
                contract(supplier, hostile, start, end, "1200.5", 60, List.of(first, second), null));
        assertThat(created.body(), created.status(), is(201));
        JsonObject contract = created.json();
        long id = contract.getJsonNumber("id").longValue();
        assertThat(created.location(), containsString("/api/equipment/contracts/" + id));
        assertThat(contract.getString("reference"), is(hostile));
        assertThat(contract.getString("noticeDeadline"), is(end.minusDays(60).toString()));
        assertThat(contract.getJsonNumber("yearlyCost").bigDecimalValue().toPlainString(), is("1200.50"));
        assertThat(contract.getJsonArray("items").size(), is(2));

        List<Long> covering = list(staff.get("api/equipment/contracts?item=" + first)).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList();
        assertThat(covering, hasItems(id));

        long version = contract.getJsonNumber("version").longValue();
        Api.Reply changed = staff.putJson("api/equipment/contracts/" + id,
                contract(supplier, hostile, start, end, "1300", 0, List.of(second), version));
        assertThat(changed.body(), changed.status(), is(200));
        assertThat(changed.json().getJsonArray("items").size(), is(1));
        assertThat("no notice deadline without a notice period", changed.json().containsKey("noticeDeadline"), is(false));
        assertThat(list(staff.get("api/equipment/contracts?item=" + first)).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == id), is(false));
        Api.Reply stale = staff.putJson("api/equipment/contracts/" + id,
                contract(supplier, hostile, start, end, "1400", 0, List.of(), version));
        assertThat(stale.status(), is(409));

        Api.Reply csv = staff.get("api/equipment/contracts/export.csv?q=" + hostile.substring(hostile.lastIndexOf(' ') + 1));
        assertThat(csv.status(), is(200));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines.length, is(2));
        assertThat(lines[0].startsWith("\uFEFF"), is(true));
        assertThat("a formula is neutralised", lines[1], containsString("'=HYPERLINK"));
        assertThat(lines[1], containsString("1300,00"));

        assertThat(staff.delete("api/equipment/contracts/" + id).status(), is(204));
        String openApi = api.anonymous().get("/openapi").body();
        assertThat(openApi, containsString("/api/equipment/contracts"));
        assertThat(openApi, containsString("/api/equipment/alerts/warranties"));
        assertThat(staff.get("api/equipment/contracts/" + id).status(), is(404));
        assertThat(staff.get("api/equipment/" + second).status(), is(200));
    }

    @Test
    void wrongTermsAreRefusedWithAClearMessageAndNothingIsWritten() {
        Api staff = as(BEZIERS_STAFF);
        long supplier = supplier(BEZIERS_STAFF);
        LocalDate start = LocalDate.now();
        String reference = "Refusé " + System.nanoTime();
        Map<String, String> refused = Map.of(
                contract(supplier, reference, start, start.minusDays(1), "100", 0, List.of(), null), "précéder son début",
                contract(supplier, reference, start, start.plusDays(9), "100", 10, List.of(), null), "au plus 9 jours",
                contract(supplier, reference, start, start.plusDays(30), "100", -1, List.of(), null), "préavis",
                contract(supplier, reference, start, start.plusDays(30), "-5", 0, List.of(), null), "coût annuel",
                contract(supplier, " ", start, start.plusDays(30), "100", 0, List.of(), null), "référence");
        refused.forEach((body, message) -> {
            Api.Reply reply = staff.postJson("api/equipment/contracts", body);
            assertThat(body, reply.status(), is(400));
            assertThat(reply.contentType(), containsString("application/problem+json"));
            assertThat(reply.body(), containsString(message));
        });
        Api.Reply noSuchItem = staff.postJson("api/equipment/contracts",
                contract(supplier, reference, start, start.plusDays(30), "100", 0, List.of(-1L), null));
        assertThat(noSuchItem.status(), is(404));
        assertThat(noSuchItem.body(), containsString("Matériel introuvable"));
        Api.Reply english = as(BEZIERS_STAFF).inLanguage("en").postJson("api/equipment/contracts",
                contract(supplier, reference, start, start.minusDays(1), "100", 0, List.of(), null));
        assertThat(english.body(), containsString("cannot end before it starts"));
        assertThat(list(staff.get("api/equipment/contracts")).stream()
                .anyMatch(c -> c.getString("reference").equals(reference)), is(false));
    }

    @Test
    void theOtherCitysContractsSuppliersAndItemsAnswer404() {
        Api beziers = as(BEZIERS_STAFF);
        Api villeneuve = as(VILLENEUVE_STAFF);
        long beziersSupplier = supplier(BEZIERS_STAFF);
        long villeneuveItem = item(VILLENEUVE_STAFF, VILLENEUVE_SCHOOL, LocalDate.now().plusYears(1));
        LocalDate start = LocalDate.now();
        String body = contract(beziersSupplier, "Béziers " + System.nanoTime(), start, start.plusYears(1), "10", 0,
                List.of(), null);
        long id = beziers.postJson("api/equipment/contracts", body).json().getJsonNumber("id").longValue();

        assertThat(villeneuve.get("api/equipment/contracts/" + id).status(), is(404));
        assertThat(villeneuve.putJson("api/equipment/contracts/" + id, body).status(), is(404));
        assertThat(villeneuve.delete("api/equipment/contracts/" + id).status(), is(404));
        assertThat(list(villeneuve.get("api/equipment/contracts")).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == id), is(false));
        assertThat("a supplier of the other city", villeneuve.postJson("api/equipment/contracts", body).status(),
                is(404));
        assertThat("an item of the other city", beziers.putJson("api/equipment/contracts/" + id,
                contract(beziersSupplier, "Béziers", start, start.plusYears(1), "10", 0, List.of(villeneuveItem),
                        null)).status(), is(404));
        assertThat(as("admin").get("api/equipment/contracts/" + id).status(), is(200));
        assertThat(as("elue").get("api/equipment/contracts").status(), is(403));
        assertThat(as("enseignant").get("api/equipment/alerts/warranties").status(), is(403));
    }

    /** The contract's notices by topic, as "TOPIC:stage". */
    private List<String> notices(Api staff, String topicPrefix, long subject) {
        return list(staff.get("api/equipment/alerts/notices")).stream()
                .filter(n -> n.getString("topic").startsWith(topicPrefix) && n.getJsonNumber("subjectId").longValue() == subject)
                .map(n -> n.getString("topic") + ":" + n.getInt("stageDays")).sorted().toList();
    }

    private void pass(Api staff) {
        Api.Reply run = staff.postJson("api/licences/reminders/run", "");
        assertThat(run.body(), run.status(), is(200));
    }

    @Test
    void aContractsNoticeDeadlineAndEndAreRemindedOncePerStageAcrossPassesAndRestarts() throws Exception {
        Instant t0 = Instant.parse("2033-02-01T08:00:00Z");
        LocalDate today = LocalDate.ofInstant(t0, PARIS);
        LocalDate end = today.plusDays(100);
        String reference = "Rappels " + System.nanoTime();
        Api staff = as(BEZIERS_STAFF);
        long id = staff.postJson("api/equipment/contracts", contract(supplier(BEZIERS_STAFF), reference,
                today.minusYears(1), end, "500", 30, List.of(), null)).json().getJsonNumber("id").longValue();
        Predicate<MimeMessage> mine = m -> subject(m).contains(reference) && recipient(m).equals("dsi@demo.tandem.test");

        try (FixedClock clock = FixedClock.at(url, t0)) {
            pass(staff);
            pass(staff);
            assertThat(notices(staff, "CONTRACT", id), is(List.of("CONTRACT_NOTICE:90")));
            awaitMails(mine, 1);

            clock.move(t0.plus(Duration.ofDays(45)));
            pass(staff);
            pass(staff);
            assertThat(notices(staff, "CONTRACT", id), is(List.of("CONTRACT_END:90", "CONTRACT_NOTICE:30",
                    "CONTRACT_NOTICE:90")));
            awaitMails(mine, 3);
        }
        // a restart of the clock: what fired is read back from the database
        try (FixedClock clock = FixedClock.at(url, t0.plus(Duration.ofDays(64)))) {
            pass(staff);
            pass(staff);
            assertThat(notices(staff, "CONTRACT", id), is(List.of("CONTRACT_END:90", "CONTRACT_NOTICE:30",
                    "CONTRACT_NOTICE:7", "CONTRACT_NOTICE:90")));
            List<MimeMessage> mails = awaitMails(mine, 4);
            assertThat(mails.size(), is(4));
            assertThat(mails.stream().map(ContractsIT::subject).toList(), hasItems(
                    containsString("au plus tard le " + end.minusDays(30).format(DAY)),
                    containsString("fin le " + end.format(DAY))));

            // the end moves: what fired for the old dates is forgotten and the new dates are reminded again
            LocalDate moved = LocalDate.ofInstant(t0.plus(Duration.ofDays(64)), PARIS).plusDays(80);
            long version = staff.get("api/equipment/contracts/" + id).json().getJsonNumber("version").longValue();
            Api.Reply changed = staff.putJson("api/equipment/contracts/" + id, contract(supplier(BEZIERS_STAFF),
                    reference, today.minusYears(1), moved, "500", 30, List.of(), version));
            assertThat(changed.body(), changed.status(), is(200));
            pass(staff);
            pass(staff);
            assertThat(notices(staff, "CONTRACT", id), is(List.of("CONTRACT_END:90", "CONTRACT_NOTICE:90")));
            assertThat(awaitMails(mine, 6).stream().map(ContractsIT::subject).toList(), hasItems(
                    containsString("au plus tard le " + moved.minusDays(30).format(DAY)),
                    containsString("fin le " + moved.format(DAY))));
        }
        assertThat(as(VILLENEUVE_STAFF).get("api/equipment/alerts/notices").body(), not(containsString(reference)));
    }

    @Test
    void warrantiesEndingTheSameDayAreRemindedInOneMailPerStageAndCity() throws Exception {
        Instant w0 = Instant.parse("2034-03-01T08:00:00Z");
        LocalDate today = LocalDate.ofInstant(w0, PARIS);
        LocalDate warrantyEnd = today.plusDays(25);
        List<Long> beziersItems = List.of(item(BEZIERS_STAFF, BEZIERS_SCHOOL, warrantyEnd),
                item(BEZIERS_STAFF, BEZIERS_SCHOOL, warrantyEnd), item(BEZIERS_STAFF, BEZIERS_SCHOOL, warrantyEnd));
        long retired = item(BEZIERS_STAFF, BEZIERS_SCHOOL, warrantyEnd);
        assertThat(as(BEZIERS_STAFF).putJson("api/equipment/" + retired + "/status", "{\"status\":\"RETIRED\"}")
                .status(), is(200));
        long villeneuveItem = item(VILLENEUVE_STAFF, VILLENEUVE_SCHOOL, warrantyEnd);
        Api staff = as(BEZIERS_STAFF);
        String day = warrantyEnd.format(DAY);
        Predicate<MimeMessage> warrantyMail = m -> subject(m).contains("fin de garantie le " + day);

        try (FixedClock clock = FixedClock.at(url, w0)) {
            List<Long> listed = list(staff.get("api/equipment/alerts/warranties?days=30")).stream()
                    .map(i -> i.getJsonNumber("id").longValue()).toList();
            assertThat(listed.containsAll(beziersItems), is(true));
            assertThat(listed.contains(retired), is(false));
            assertThat(listed.contains(villeneuveItem), is(false));

            pass(staff);
            pass(staff);
            for (long item : beziersItems) {
                assertThat(notices(staff, "WARRANTY", item), is(List.of("WARRANTY_END:30")));
            }
            assertThat(notices(staff, "WARRANTY", retired), is(List.of()));
            assertThat(notices(as(VILLENEUVE_STAFF), "WARRANTY", villeneuveItem), is(List.of("WARRANTY_END:30")));
            List<MimeMessage> first = awaitMails(warrantyMail.and(m -> recipient(m).equals("dsi@demo.tandem.test")), 1);
            assertThat(subject(first.get(0)), containsString("3 matériel(s)"));

            clock.move(w0.plus(Duration.ofDays(20)));
            pass(staff);
            pass(staff);
            for (long item : beziersItems) {
                assertThat(notices(staff, "WARRANTY", item), is(List.of("WARRANTY_END:30", "WARRANTY_END:7")));
            }
            List<MimeMessage> both = awaitMails(warrantyMail.and(m -> recipient(m).equals("dsi@demo.tandem.test")), 2);
            assertThat("one mail per stage, not one per item", both.size(), is(2));
            List<MimeMessage> villeneuve = awaitMails(warrantyMail.and(
                    m -> recipient(m).equals("dsi.villeneuve@demo.tandem.test")), 2);
            assertThat(villeneuve.stream().map(ContractsIT::subject).collect(Collectors.toSet()),
                    is(Set.of("1 matériel(s) : fin de garantie le " + day)));
        }
    }

    /** The mails received that match, waiting up to a minute until there are at least {@code expected}. */
    private static List<MimeMessage> awaitMails(Predicate<MimeMessage> wanted, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<MimeMessage> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = Arrays.stream(SMTP.getReceivedMessages()).filter(wanted).toList();
            if (found.size() >= expected) {
                return found;
            }
            Thread.sleep(250);
        }
        return found;
    }

    private static String recipient(MimeMessage message) {
        return Mailbox.recipient(message);
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
