package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Loans of shared kits on Payara Micro: pools and kits by city staff, reservations by teachers with
 * each refusal (past start, wrong order, too long, overlap, wrong role, another city's kit), the
 * approval flow and its mails, automatic pools, check-out and check-in with a photo, a damaged return
 * opening a request, the late reminder once a day, and many teachers reserving one kit at once.
 */
class LoansIT extends ApiTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String OWN_PASSWORD = "Motdepasse-2026";
    /** A PNG of one pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    private Api as(String username) {
        return new Api(url).as(username, PASSWORD);
    }

    private Api own(String username) {
        return new Api(url).as(username, OWN_PASSWORD);
    }

    private static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** A city pool of Béziers made by the demo city employee; answers its id. */
    private long pool(String approval, int maxDays) {
        Api.Reply created = as("dsi").postJson("api/loans/pools", """
                {"name":"Parc d'essai %d","approval":"%s","maxDays":%d,"remindLate":true}"""
                .formatted(System.nanoTime(), approval, maxDays));
        assertThat(created.body(), created.status(), is(201));
        assertThat(created.location(), containsString("/api/loans/pools/"));
        return created.json().getJsonNumber("id").longValue();
    }

    private long kit(long pool, String name, String serialNumbers) {
        Api.Reply created = as("dsi").postJson("api/loans/kits", """
                {"name":"%s","type":"MOBILE_TABLET_SET","poolId":%d,"serialNumbers":[%s],
                 "checklist":"16 tablettes\\n1 chariot\\n1 borne wifi"}""".formatted(name, pool, serialNumbers));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private static String reservation(long kit, LocalDate from, LocalDate to) {
        return """
                {"kitId":%d,"from":"%s","to":"%s","note":"Projet en CM2"}""".formatted(kit, from, to);
    }

    private Api.Reply reserve(Api who, long kit, LocalDate from, LocalDate to) {
        return who.postJson("api/loans/reservations", reservation(kit, from, to));
    }

    private static long id(Api.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    private Api.Reply step(Api who, long reservation, String step) {
        return who.post("api/loans/reservations/" + reservation + "/" + step, "application/json", new byte[0]);
    }

    /** An account of the demo teachers' school (or of Béziers' city staff) mailed at {@code username@mail.test}. */
    private String account(String prefix, String roles, String place) {
        String username = prefix + "." + System.nanoTime() % 1_000_000;
        Api.Reply created = as("admin").postJson("api/accounts", """
                {"username":"%s","firstName":"Essai","lastName":"Prêts","email":"%s@mail.test","roles":[%s],
                 %s,"password":"%s"}""".formatted(username, username, roles, place, OWN_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private String teacher() {
        String school = as("enseignant").get("api/me").json().getString("schoolUai");
        return account("pret", "\"TEACHER\"", "\"schoolUai\":\"%s\",\"workingTimePercent\":100".formatted(school));
    }

    private String cityStaff() {
        long beziers = as("dsi").get("api/cities").structure().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        return account("parc", "\"CITY_STAFF\"", "\"cityId\":%d".formatted(beziers));
    }

    @Test
    void aReservationThatBreaksARuleIsRefusedWithItsReason() {
        long kit = kit(pool("STAFF", 5), "Chariot des règles", "");
        Api teacher = as("enseignant");
        LocalDate start = today().plusDays(40);

        Api.Reply past = reserve(teacher, kit, today().minusDays(1), today().plusDays(1));
        assertThat(past.body(), past.status(), is(400));
        assertThat(past.body(), containsString("passé"));
        Api.Reply backwards = reserve(teacher, kit, start.plusDays(2), start);
        assertThat(backwards.status(), is(400));
        assertThat(backwards.body(), containsString("précéder"));
        Api.Reply tooLong = reserve(teacher.inLanguage("en"), kit, start, start.plusDays(5));
        assertThat(tooLong.status(), is(400));
        assertThat(tooLong.body(), containsString("at most 5 days"));
        assertThat(tooLong.contentType(), containsString("application/problem+json"));

        Api.Reply first = reserve(teacher, kit, start, start.plusDays(4));
        assertThat(first.body(), first.status(), is(201));
        assertThat(first.location(), containsString("/api/loans/reservations/" + id(first)));
        assertThat(first.json().getString("status"), is("REQUESTED"));
        Api.Reply overlap = reserve(as("directrice"), kit, start.plusDays(4), start.plusDays(6));
        assertThat(overlap.status(), is(409));
        assertThat(overlap.body(), containsString("déjà réservée"));
        assertThat(reserve(as("directrice"), kit, start.plusDays(5), start.plusDays(6)).status(), is(201));

        assertThat(reserve(as("dsi"), kit, start.plusDays(20), start.plusDays(21)).status(), is(403));
        assertThat(as("enseignant").postJson("api/loans/pools", "{\"name\":\"x\",\"approval\":\"STAFF\",\"maxDays\":3}")
                .status(), is(403));
        assertThat(step(as("enseignant"), id(first), "approval").status(), is(403));

        assertThat(as("enseignante.villeneuve").get("api/loans/kits/" + kit).status(), is(404));
        assertThat(reserve(as("enseignante.villeneuve"), kit, start.plusDays(20), start.plusDays(21)).status(), is(404));
        assertThat(as("dsi.villeneuve").get("api/loans/kits/" + kit + "/reservations").status(), is(404));
        assertThat(step(as("dsi.villeneuve"), id(first), "approval").status(), is(404));
        assertThat(ids(as("dsi.villeneuve").get("api/loans/kits")), not(hasItem(kit)));
        assertThat(ids(as("enseignant").get("api/loans/kits")), hasItem(kit));
        assertThat(step(as("directrice"), id(first), "cancellation").status(), is(404));
    }

    @Test
    void staffApproveOrRefuseAndEachSideIsMailed() throws Exception {
        String staff = cityStaff();
        String teacher = teacher();
        long pool = pool("STAFF", 10);
        long kit = kit(pool, "=cmd <script>alert(1)</script> \\\"q\\\" 'x'", "");
        LocalDate start = today().plusDays(60);

        Api.Reply asked = reserve(own(teacher), kit, start, start.plusDays(2));
        assertThat(asked.body(), asked.status(), is(201));
        MimeMessage toStaff = mailbox.withSubject(staff, "Demande de prêt", 1).get(0);
        assertThat(Mailbox.text(toStaff), containsString("=cmd <script>alert(1)</script> \"q\" 'x'"));
        Api.Reply csv = own(staff).get("api/loans/export.csv");
        assertThat(csv.status(), is(200));
        assertThat("the formula is neutralised, the quotes doubled", csv.body(),
                containsString("'=cmd <script>alert(1)</script> \"\"q\"\" 'x'"));
        assertThat(as("enseignant").get("api/loans/export.csv").status(), is(403));

        JsonObject desk = own(staff).get("api/loans/desk").json();
        assertThat(ids(desk.getJsonArray("toApprove")), hasItem(id(asked)));
        Api.Reply approved = step(own(staff), id(asked), "approval");
        assertThat(approved.body(), approved.json().getString("status"), is("APPROVED"));
        assertThat(step(own(staff), id(asked), "approval").status(), is(400));
        List<MimeMessage> toTeacher = mailbox.to(teacher, 1);
        assertThat(toTeacher.get(0).getSubject(), containsString("Prêt accepté"));

        Api.Reply second = reserve(own(teacher), kit, start.plusDays(5), start.plusDays(6));
        Api.Reply noReason = own(staff).postJson("api/loans/reservations/" + id(second) + "/refusal", "{\"reason\":\" \"}");
        assertThat(noReason.status(), is(400));
        Api.Reply refused = own(staff).postJson("api/loans/reservations/" + id(second) + "/refusal",
                "{\"reason\":\"Chariot en réparation\"}");
        assertThat(refused.body(), refused.json().getString("status"), is("REFUSED"));
        List<MimeMessage> both = mailbox.to(teacher, 2);
        assertThat(both.size(), is(2));
        assertThat(Mailbox.text(both.get(1)), containsString("Chariot en réparation"));
        assertThat("a refused reservation frees its days", reserve(own(teacher), kit, start.plusDays(5),
                start.plusDays(6)).status(), is(201));

        Api.Reply cancelled = step(own(teacher), id(asked), "cancellation");
        assertThat(cancelled.json().getString("status"), is("CANCELLED"));
        assertThat(reserve(as("enseignant"), kit, start, start.plusDays(1)).status(), is(201));
        assertThat(ids(own(teacher).get("api/loans/reservations/mine")), hasItem(id(asked)));

        long automatic = kit(pool("AUTOMATIC", 3), "Robots en libre service", "");
        Api.Reply at = reserve(own(teacher), automatic, start, start.plusDays(1));
        assertThat(at.json().getString("status"), is("APPROVED"));
        assertThat(mailbox.to(teacher, 3).size(), is(3));
        assertThat("four requests, the automatic approval tells no manager",
                mailbox.withSubject(staff, "Demande de prêt", 4).size(), is(4));
    }

    @Test
    void aKitComesBackDamagedWithAPhotoAndARequestIsOpenedOnItsFirstItem() throws Exception {
        Api dsi = as("dsi");
        String school = as("enseignant").get("api/me").json().getString("schoolUai");
        String serial = "KIT-" + System.nanoTime();
        Api.Reply item = dsi.postJson("api/equipment", """
                {"serialNumber":"%s","schoolUai":"%s","type":"MOBILE_TABLET_SET","brand":"Apple","model":"iPad",
                 "room":"Réserve","purchaseDate":"2025-09-01","price":7000,"tneAmount":4200,"warrantyEnd":"2030-08-31"}"""
                .formatted(serial, school));
        assertThat(item.body(), item.status(), is(201));
        long kit = kit(pool("AUTOMATIC", 7), "Chariot à réparer", "\"" + serial.toLowerCase() + "\"");
        LocalDate start = today();
        Api.Reply loan = reserve(as("enseignant"), kit, start, start.plusDays(2));
        assertThat(loan.body(), loan.status(), is(201));
        long reservation = id(loan);

        assertThat(step(dsi, reservation, "check-in").status(), is(400));
        Api.Reply out = step(dsi, reservation, "check-out");
        assertThat(out.body(), out.json().getString("status"), is("CHECKED_OUT"));
        assertThat(ids(dsi.get("api/loans/desk").json().getJsonArray("toTakeBack")), hasItem(reservation));
        assertThat(step(as("enseignant"), reservation, "cancellation").status(), is(400));

        Api.Reply unknownPart = dsi.postJson("api/loans/reservations/" + reservation + "/check-in",
                "{\"condition\":\"DAMAGED\",\"missingParts\":[\"1 clavier\"],\"openRequest\":true}");
        assertThat(unknownPart.status(), is(400));
        Api.Reply back = dsi.postJson("api/loans/reservations/" + reservation + "/check-in", """
                {"condition":"DAMAGED","missingParts":["1 borne wifi"],"note":"Deux écrans fêlés","openRequest":true}""");
        assertThat(back.body(), back.json().getString("status"), is("RETURNED"));
        assertThat(back.json().getJsonArray("missingParts").getString(0), is("1 borne wifi"));

        Api.Reply text = dsi.put("api/loans/reservations/" + reservation + "/photo", "application/octet-stream",
                "pas une image".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status(), is(400));
        Api.Reply photo = dsi.put("api/loans/reservations/" + reservation + "/photo", "image/png", PNG);
        assertThat(photo.body(), photo.json().getBoolean("photo"), is(true));
        assertThat(as("enseignant").bytes("api/loans/reservations/" + reservation + "/photo").length, is(PNG.length));
        assertThat(as("enseignante.villeneuve").get("api/loans/reservations/" + reservation + "/photo").status(), is(404));

        JsonArray requests = as("enseignant").get("api/support/requests/mine").structure().asJsonArray();
        List<JsonObject> opened = requests.stream().map(JsonValue::asJsonObject)
                .filter(r -> serial.equals(r.getString("equipmentSerial", ""))).toList();
        assertThat(opened.size(), is(1));
        assertThat(opened.get(0).getString("subject"), containsString("Chariot à réparer"));
        assertThat(opened.get(0).getString("category"), is("HARDWARE"));
    }

    @Test
    void aLateBorrowerIsRemindedOnceADay() throws Exception {
        String teacher = teacher();
        long kit = kit(pool("AUTOMATIC", 7), "Mallette en retard", "");
        Instant monday = Instant.parse("2031-03-03T08:00:00Z");
        LocalDate day = LocalDate.ofInstant(monday, PARIS);
        try (FixedClock clock = FixedClock.at(url, monday)) {
            long reservation = id(reserve(own(teacher), kit, day, day.plusDays(2)));
            assertThat(step(as("dsi"), reservation, "check-out").status(), is(200));
            assertThat("the automatic approval", mailbox.to(teacher, 1).size(), is(1));
            int before = 1;

            clock.move(monday.plusSeconds(4 * 86_400));
            JsonObject lateDesk = as("dsi").get("api/loans/desk").json();
            assertThat(ids(lateDesk.getJsonArray("late")), hasItem(reservation));
            Api.Reply pass = as("dsi").post("api/loans/late-reminders", "application/json", new byte[0]);
            assertThat(pass.body(), pass.json().getInt("reminded"), greaterThanOrEqualTo(1));
            assertThat(as("dsi").post("api/loans/late-reminders", "application/json", new byte[0]).json()
                    .getInt("reminded"), is(0));
            List<MimeMessage> late = mailbox.to(teacher, before + 1);
            assertThat(late.size(), is(before + 1));
            assertThat(late.get(late.size() - 1).getSubject(), containsString("Retour en retard"));

            clock.move(monday.plusSeconds(5 * 86_400));
            assertThat(as("dsi").post("api/loans/late-reminders", "application/json", new byte[0]).json()
                    .getInt("reminded"), greaterThanOrEqualTo(1));
            assertThat(mailbox.to(teacher, before + 2).size(), is(before + 2));
            assertThat(as("enseignant").post("api/loans/late-reminders", "application/json", new byte[0]).status(),
                    is(403));
        }
    }

    @Test
    void manyTeachersReservingOneKitAtOnceNeverHoldItOnTheSameDay() throws Exception {
        long kit = kit(pool("STAFF", 10), "Chariot disputé", "");
        LocalDate base = today().plusDays(90);
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                LocalDate from = base.plusDays(i % 8);
                LocalDate to = from.plusDays(2 + i % 3);
                String who = i % 2 == 0 ? "enseignant" : "directrice";
                Callable<Api.Reply> call = () -> {
                    start.await();
                    return reserve(as(who), kit, from, to);
                };
                replies.add(pool.submit(call));
            }
            start.countDown();
            int created = 0;
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                if (r.status() == 201) {
                    created++;
                } else {
                    assertThat(r.body(), r.status(), is(409));
                    assertThat(r.body(), containsString("déjà réservée"));
                }
            }
            assertThat(created, greaterThan(0));
            List<JsonObject> live = as("dsi").get("api/loans/kits/" + kit + "/reservations").structure().asJsonArray()
                    .stream().map(JsonValue::asJsonObject).toList();
            assertThat(live.size(), is(created));
            for (int a = 0; a < live.size(); a++) {
                for (int b = a + 1; b < live.size(); b++) {
                    LocalDate aFrom = LocalDate.parse(live.get(a).getString("from"));
                    LocalDate aTo = LocalDate.parse(live.get(a).getString("to"));
                    LocalDate bFrom = LocalDate.parse(live.get(b).getString("from"));
                    LocalDate bTo = LocalDate.parse(live.get(b).getString("to"));
                    assertThat(live.get(a) + " / " + live.get(b), aTo.isBefore(bFrom) || bTo.isBefore(aFrom), is(true));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theKitCalendarShowsReservedDaysAndHolidays() {
        long kit = kit(pool("STAFF", 10), "Chariot du calendrier", "");
        LocalDate start = LocalDate.of(today().getYear() + 1, 4, 27);
        assertThat(reserve(as("enseignant"), kit, start, start.plusDays(2)).status(), is(201));
        JsonObject calendar = as("directrice").get("api/loans/kits/" + kit + "/calendar?from=" + start.withDayOfMonth(1)
                + "&to=" + start.plusMonths(1).withDayOfMonth(31)).json();
        assertThat(calendar.getJsonArray("reserved").size(), is(1));
        assertThat(calendar.getJsonArray("reserved").getJsonObject(0).getString("from"), is(start.toString()));
        List<String> publicHolidays = calendar.getJsonArray("publicHolidays").stream()
                .map(h -> h.asJsonObject().getString("date")).collect(Collectors.toList());
        assertThat(publicHolidays, hasItem(start.withDayOfMonth(1).plusMonths(1).toString()));
        assertThat(as("enseignant").get("api/loans/kits/" + kit + "/calendar?from=2027-01-01&to=2029-01-01").status(),
                is(400));
        assertThat(as("enseignant").get("api/loans/kits/" + kit + "/calendar?from=demain").status(), is(400));
        List<JsonObject> seen = as("directrice").get("api/loans/kits/" + kit + "/reservations").structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertThat("another teacher's name is not shown", seen.stream().map(r -> r.get("requester"))
                .filter(v -> v != null && v.getValueType() == JsonValue.ValueType.STRING).toList(), empty());
    }

    @Test
    void theDemoHasPoolsKitsAndLoansForEachRole() {
        assertThat(as("enseignant").get("api/loans/kits").structure().asJsonArray().size(), greaterThanOrEqualTo(3));
        assertThat(as("enseignant").get("api/loans/reservations/mine").structure().asJsonArray(), not(empty()));
        JsonObject desk = as("dsi").get("api/loans/desk").json();
        assertThat(desk.getJsonArray("late"), not(empty()));
        assertThat(desk.getJsonArray("toHandOver"), not(empty()));
        assertThat(as("directrice").get("api/loans/desk").json().getJsonArray("toApprove"), not(empty()));
        assertThat(as("dsi.villeneuve").get("api/loans/kits").structure().asJsonArray(), empty());
        List<String> statuses = as("enseignant").get("api/loans/reservations/mine").structure().asJsonArray().stream()
                .map(r -> r.asJsonObject().getString("status")).toList();
        assertThat(statuses, hasItem("RETURNED"));
        assertThat(statuses, hasItem("APPROVED"));

        String school = as("enseignant").get("api/me").json().getString("schoolUai");
        JsonObject loans = as("directrice").get("api/loans/schools/" + school).json();
        assertThat("the late webradio kit is held by the school", loans.getJsonArray("current").stream()
                .map(r -> r.asJsonObject().getString("status")).toList(), hasItem("CHECKED_OUT"));
        assertThat(loans.getJsonArray("next"), not(empty()));
        assertThat(as("ien").get("api/loans/schools/" + school).status(), is(200));
        assertThat(as("directrice").get("api/loans/schools/0349101H").status(), is(404));
        assertThat(as("dsi.villeneuve").get("api/loans/schools/" + school).status(), is(404));
        assertThat(as("enseignant").get("api/loans/schools/" + school).status(), is(403));
    }

    private static List<Long> ids(Api.Reply reply) {
        assertThat(reply.body(), reply.status(), is(200));
        return ids(reply.structure().asJsonArray());
    }

    private static List<Long> ids(JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
