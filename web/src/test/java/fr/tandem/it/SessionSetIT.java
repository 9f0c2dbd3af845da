package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Offers whose sessions are taken together (a parcours over several dates): booked, waited for,
 * cancelled and promoted as one set, never a seat in some dates and not the others — also when
 * many teachers rush the last seats at once; one convocation carries every date; the inspector's
 * decisions and a session cancelled keep sets whole.
 */
class SessionSetIT extends ApiTestBase {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    private static final String OWN_PASSWORD = "Motdepasse-2026";

    /** A teacher of the demo teacher's school, whose mails reach the test's mailbox. */
    private String teacher(String suffix) {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String username = "set." + suffix + "." + System.nanoTime() % 1_000_000;
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Test","lastName":"Parcours","email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":100,"password":"%s"}""".formatted(username, username, school,
                OWN_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    /** A published départementale taken together, with one session per capacity, a week apart from the day given. */
    private List<Long> set(long offer, int day, int... capacities) {
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < capacities.length; i++) {
            sessions.add(session(offer, inDays(day + 7 * i).plus(Duration.ofHours(1)), Duration.ofHours(3),
                    capacities[i], ""));
        }
        publish(offer);
        return sessions;
    }

    private long offer(String title, String extra) {
        return offer(title + " " + System.nanoTime(), "DEPARTEMENTALE", "PRESENTIEL", 180, inDays(-1), inDays(40),
                "\"takenTogether\":true" + (extra.isEmpty() ? "" : "," + extra));
    }

    private Api.Reply bookSet(String username, String password, long offer) {
        return new Api(url).as(username, password).send("PUT", "api/training/offers/" + offer + "/booking");
    }

    private List<JsonObject> enrolments(long sessionId) {
        return new Api(url).as("ien", PASSWORD).get("api/training/sessions/" + sessionId + "/enrolments").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
    }

    private String statusOf(String username, long sessionId) {
        return enrolments(sessionId).stream().filter(l -> l.getString("username").equals(username))
                .map(l -> l.getString("status")).findFirst().orElse("NONE");
    }

    private static String calendarOf(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Set<String> uids(String calendar) {
        Matcher uid = Pattern.compile("UID:(\\S+)").matcher(calendar);
        return uid.results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    @Test
    void aSetIsBookedWholeWaitedForWholeAndCancelledWholeWithOneConvocationForEveryDate() throws Exception {
        String first = teacher("a");
        String second = teacher("b");
        long offer = offer("Parcours ENI", "");
        List<Long> sessions = set(offer, 50, 1, 2, 1);

        Api.Reply single = new Api(url).as(first, OWN_PASSWORD).send("PUT",
                "api/training/sessions/" + sessions.get(1) + "/booking");
        assertThat(single.body(), single.status(), is(400));
        assertThat(single.json().getString("detail"), containsString("parcours"));

        JsonObject catalogue = new Api(url).as(first, OWN_PASSWORD).get("api/training/catalogue?q=Parcours+ENI&size=100")
                .json();
        List<JsonObject> rows = catalogue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("offerId").longValue() == offer).toList();
        assertThat("a set shows once, as its first date", rows.stream().map(r -> r.getJsonNumber("sessionId").longValue())
                .toList(), is(List.of(sessions.get(0))));
        assertThat(rows.get(0).getJsonArray("setDates").size(), is(3));

        JsonObject booked = bookSet(first, OWN_PASSWORD, offer).json();
        assertThat(booked.getString("myStatus"), is("CONFIRMED"));
        assertThat(booked.getBoolean("takenTogether"), is(true));
        assertThat(booked.getJsonArray("setDates").size(), is(3));
        JsonObject waiting = bookSet(second, OWN_PASSWORD, offer).json();
        assertThat(waiting.getString("myStatus"), is("WAITLISTED"));
        assertThat(waiting.getInt("myWaitlistPosition"), is(1));
        // the second date has a seat left, but never a seat in some dates and not the others
        for (long session : sessions) {
            assertThat(statusOf(first, session), is("CONFIRMED"));
            assertThat(statusOf(second, session), is("WAITLISTED"));
        }
        JsonObject offerJson = new Api(url).as("ien", PASSWORD).get("api/training/offers").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getJsonNumber("id").longValue() == offer)
                .findFirst().orElseThrow();
        assertThat(offerJson.getBoolean("takenTogether"), is(true));

        MimeMessage convocation = mailbox.to(first, 1).get(0);
        assertThat(convocation.getSubject(), containsString("parcours en 3 dates"));
        String text = Mailbox.text(convocation);
        assertThat(text.split("heure de Paris", -1).length - 1, is(3));
        String invitation = calendarOf(convocation);
        assertThat(invitation, containsString("METHOD:REQUEST"));
        assertThat(invitation, containsString("TZID:Europe/Paris"));
        assertThat(invitation.split("BEGIN:VEVENT", -1).length - 1, is(3));
        assertThat(uids(invitation), is(sessions.stream().map(s -> "tandem-session-" + s + "-" + first + "@mail.test")
                .collect(Collectors.toSet())));
        assertThat(Mailbox.text(mailbox.to(second, 1).get(0)), containsString("n° 1"));

        Api.Reply changeFlag = new Api(url).as("ien", PASSWORD).putJson("api/training/offers/" + offer, """
                {"title":"Parcours ENI","category":"DEPARTEMENTALE","nature":"FORMATION_CONTINUE","modality":"PRESENTIEL",
                 "minutesCredited":180,"enrolmentOpens":"%s","enrolmentCloses":"%s","takenTogether":false}"""
                .formatted(inDays(-1), inDays(40)));
        assertThat(changeFlag.body(), changeFlag.status(), is(400));
        Api.Reply added = new Api(url).as("ien", PASSWORD).postJson("api/training/offers/" + offer + "/sessions", """
                {"startsAt":"%s","endsAt":"%s","place":"École des essais","capacity":3}"""
                .formatted(inDays(80), inDays(80).plus(Duration.ofHours(2))));
        assertThat(added.body(), added.status(), is(400));

        Api.Reply cancelled = new Api(url).as(first, OWN_PASSWORD).send("DELETE", "api/training/offers/" + offer + "/booking");
        assertThat(cancelled.body(), cancelled.status(), is(200));
        assertThat(cancelled.json().getString("myStatus"), is("CANCELLED"));
        for (long session : sessions) {
            assertThat(statusOf(first, session), is("NONE"));
            assertThat(statusOf(second, session), is("CONFIRMED"));
        }
        List<MimeMessage> toFirst = mailbox.to(first, 2);
        String withdrawal = calendarOf(toFirst.get(1));
        assertThat(withdrawal, containsString("METHOD:CANCEL"));
        assertThat(uids(withdrawal), is(uids(invitation)));
        List<MimeMessage> toSecond = mailbox.to(second, 2);
        assertThat(calendarOf(toSecond.get(1)).split("BEGIN:VEVENT", -1).length - 1, is(3));
    }

    @Test
    void theInspectorsDecisionsAndACancelledSessionKeepSetsWhole() throws Exception {
        String first = teacher("c");
        String second = teacher("d");
        String third = teacher("e");
        long offer = offer("Parcours validé", "\"needsValidation\":true");
        List<Long> sessions = set(offer, 52, 2, 1);
        for (String teacher : List.of(first, second, third)) {
            assertThat(bookSet(teacher, OWN_PASSWORD, offer).json().getString("myStatus"), is("PENDING"));
        }
        Api ien = new Api(url).as("ien", PASSWORD);
        String path = "api/training/sessions/" + sessions.get(1) + "/requests/";
        assertThat(ien.putJson(path + first, "{\"accept\":true}").json().getString("status"), is("CONFIRMED"));
        assertThat(ien.putJson(path + second, "{\"accept\":true}").json().getString("status"), is("WAITLISTED"));
        assertThat(ien.putJson(path + third, "{\"accept\":false}").status(), is(400));
        assertThat(statusOf(third, sessions.get(0)), is("PENDING"));
        assertThat(ien.putJson(path + third, "{\"accept\":false,\"reason\":\"ALREADY_TRAINED\"}").json()
                .getString("status"), is("REFUSED"));
        for (long session : sessions) {
            assertThat(statusOf(first, session), is("CONFIRMED"));
            assertThat(statusOf(second, session), is("WAITLISTED"));
            assertThat(statusOf(third, session), is("NONE"));
        }
        assertThat(calendarOf(mailbox.to(first, 2).get(1)).split("BEGIN:VEVENT", -1).length - 1, is(2));

        // the date with one seat is cancelled: the other stays, and its seat left goes to the set's line
        Api.Reply cancelled = ien.post("api/training/sessions/" + sessions.get(1) + "/cancellation",
                "application/json", new byte[0]);
        assertThat(cancelled.body(), cancelled.status(), is(200));
        assertThat(statusOf(first, sessions.get(0)), is("CONFIRMED"));
        assertThat(statusOf(second, sessions.get(0)), is("CONFIRMED"));
        JsonObject seen = new Api(url).as(second, OWN_PASSWORD).get("api/training/sessions/" + sessions.get(0)).json();
        assertThat(seen.getJsonArray("setDates").size(), is(1));
    }

    @Test
    void hoursCountPerDateAttended() {
        String teacher = teacher("f");
        long offer = offer("Parcours compté", "");
        Instant first = inDays(3).plus(Duration.ofHours(2));
        Instant second = inDays(10).plus(Duration.ofHours(2));
        long firstSession = session(offer, first, Duration.ofHours(3), 5, "");
        long secondSession = session(offer, second, Duration.ofHours(3), 5, "");
        publish(offer);
        Api me = new Api(url).as(teacher, OWN_PASSWORD);
        assertThat(bookSet(teacher, OWN_PASSWORD, offer).json().getString("myStatus"), is("CONFIRMED"));
        int before = me.get("api/training/my-hours").json().getInt("minutesDone");
        Api ien = new Api(url).as("ien", PASSWORD);
        try (FixedClock clock = FixedClock.at(url, first.plus(Duration.ofHours(4)))) {
            Api.Reply present = ien.putJson("api/training/sessions/" + firstSession + "/attendance/" + teacher,
                    "{\"attendance\":\"PRESENT\"}");
            assertThat(present.body(), present.status(), is(200));
            assertThat(me.get("api/training/my-hours").json().getInt("minutesDone"), is(before + 180));
            clock.move(second.plus(Duration.ofHours(4)));
            assertThat(ien.putJson("api/training/sessions/" + secondSession + "/attendance/" + teacher,
                    "{\"attendance\":\"ABSENT\"}").status(), is(200));
            assertThat(me.get("api/training/my-hours").json().getInt("minutesDone"), is(before + 180));
        }
    }

    /** Demo teachers enseignant21 … enseignant36 rush the last seats of a set whose sessions differ in capacity. */
    @Test
    void manyTeachersRushingTheLastSeatsOfASetEndWithWholeSetsOnly() throws Exception {
        int teachers = 16;
        long offer = offer("Parcours en ruée", "");
        List<Long> sessions = set(offer, 54, 5, 3, 4);
        ExecutorService pool = Executors.newFixedThreadPool(teachers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 21; i < 21 + teachers; i++) {
            String username = String.format("enseignant%02d", i);
            Callable<Api.Reply> booking = () -> {
                start.await();
                return bookSet(username, PASSWORD, offer);
            };
            replies.add(pool.submit(booking));
        }
        start.countDown();
        for (Future<Api.Reply> reply : replies) {
            assertThat(reply.get().body(), reply.get().status(), is(200));
        }
        pool.shutdown();

        List<Set<String>> seated = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        for (long session : sessions) {
            List<JsonObject> enrolled = enrolments(session);
            seated.add(enrolled.stream().filter(l -> l.getString("status").equals("CONFIRMED"))
                    .map(l -> l.getString("username")).collect(Collectors.toSet()));
            List<JsonObject> waiting = enrolled.stream().filter(l -> l.getString("status").equals("WAITLISTED"))
                    .sorted(Comparator.comparing(l -> l.getInt("waitlistPosition"))).toList();
            assertThat(waiting.stream().map(w -> w.getInt("waitlistPosition")).toList(),
                    is(IntStream.rangeClosed(1, waiting.size()).boxed().toList()));
            lines.add(waiting.stream().map(l -> l.getString("username")).toList());
        }
        assertThat(seated.get(0).size(), is(3));
        assertThat(seated, everyItem(is(seated.get(0))));
        assertThat(lines.get(0).size(), is(teachers - 3));
        assertThat(lines, everyItem(is(lines.get(0))));
        for (int i = 0; i < sessions.size(); i++) {
            assertThat(seated.get(i).size(), lessThanOrEqualTo(new int[] {5, 3, 4}[i]));
        }

        // a seat given up goes to the first in the set's line, in every session
        String leaving = seated.get(0).iterator().next();
        String firstInLine = lines.get(0).get(0);
        assertThat(new Api(url).as(leaving, PASSWORD).send("DELETE", "api/training/offers/" + offer + "/booking")
                .status(), is(200));
        for (long session : sessions) {
            assertThat(statusOf(firstInLine, session), is("CONFIRMED"));
            assertThat(statusOf(leaving, session), is("NONE"));
        }
    }
}
