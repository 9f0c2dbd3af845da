package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Teachers' requests on Payara Micro: the whole workflow with the reported item's status
 * following, steps refused out of order or to the wrong person, files refused when too large or
 * of the wrong type, at most five files even when sent at once, a training need reaching the
 * inspector, and the queue's filters.
 */
class SupportIT extends ApiTestBase {

    private static final String SCHOOL = "0349104L";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private long newScreen() {
        String serial = "ENI-IT-" + System.nanoTime();
        return api.as("dsi", PASSWORD).postJson("api/equipment", """
                {"serialNumber":"%s","schoolUai":"%s","type":"INTERACTIVE_SCREEN","brand":"Speechi","room":"CE2"}"""
                .formatted(serial, SCHOOL)).json().getJsonNumber("id").longValue();
    }

    private long report(String who, String category, Long equipmentId) {
        Api.Reply created = api.as(who, PASSWORD).postJson("api/support/requests", """
                {"category":"%s","subject":"Essai %d","description":"Il ne s'allume plus."%s}"""
                .formatted(category, System.nanoTime(), equipmentId == null ? "" : ",\"equipmentId\":" + equipmentId));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private String equipmentStatus(long id) {
        return api.as("dsi", PASSWORD).get("api/equipment/" + id).json().getString("status");
    }

    @Test
    void fromTheTeachersReportToResolvedWithTheScreenFollowing() {
        long screen = newScreen();
        long id = report("enseignant", "HARDWARE", screen);
        JsonObject reported = api.as("enseignant", PASSWORD).get("api/support/requests/" + id).json();
        assertThat(reported.getJsonObject("summary").getString("status"), is("NEW"));
        assertThat(reported.getJsonObject("summary").getString("schoolUai"), is(SCHOOL));
        assertThat(reported.getJsonObject("summary").getString("room"), is("CE2"));
        assertThat(reported.getJsonObject("summary").getBoolean("overdue"), is(false));
        assertThat(equipmentStatus(screen), is("BROKEN"));

        api.as("dsi", PASSWORD);
        assertThat(api.postJson("api/support/requests/" + id + "/assignment", "{\"assignee\":\"dsi\"}").json()
                .getString("status"), is("ASSIGNED"));
        assertThat(api.post("api/support/requests/" + id + "/start", "application/json", new byte[0]).json()
                .getString("status"), is("IN_PROGRESS"));
        assertThat(equipmentStatus(screen), is("IN_REPAIR"));
        assertThat(api.as("dsi", PASSWORD).postJson("api/support/requests/" + id + "/question",
                "{\"text\":\"Le voyant est-il orange ?\"}").json().getString("status"), is("WAITING_FOR_TEACHER"));

        assertThat(api.as("enseignant", PASSWORD).postJson("api/support/requests/" + id + "/comments",
                "{\"text\":\"Oui, orange.\"}").json().getString("status"), is("IN_PROGRESS"));
        assertThat(api.as("dsi", PASSWORD).postJson("api/support/requests/" + id + "/resolution",
                "{\"text\":\"Alimentation remplacée.\"}").json().getString("status"), is("RESOLVED"));
        assertThat(equipmentStatus(screen), is("IN_SERVICE"));

        List<JsonObject> mine = api.as("enseignant", PASSWORD).get("api/support/requests/mine").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        JsonObject seen = mine.stream().filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(seen.getString("status"), is("RESOLVED"));
        assertThat(seen.getBoolean("reopenable"), is(true));
        JsonObject detail = api.get("api/support/requests/" + id).json();
        List<String> thread = detail.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("event")).toList();
        assertThat(thread, is(List.of("CREATED", "ASSIGNED", "STATUS", "STATUS", "STATUS", "STATUS")));

        assertThat(api.post("api/support/requests/" + id + "/closure", "application/json", new byte[0]).json()
                .getString("status"), is("CLOSED"));
        Api.Reply late = api.postJson("api/support/requests/" + id + "/comments", "{\"text\":\"Merci\"}");
        assertThat(late.status(), is(400));
        assertThat(late.json().getString("detail"), is("Impossible de commenter une demande au statut « close »."));
    }

    @Test
    void stepsOutOfOrderOrByTheWrongPersonAreRefused() {
        long id = report("enseignant", "SOFTWARE", null);
        assertThat(api.as("enseignant", PASSWORD).post("api/support/requests/" + id + "/start", "application/json",
                new byte[0]).status(), is(403));
        assertThat(api.get("api/support/requests").status(), is(403));
        Api.Reply early = api.as("dsi", PASSWORD).inLanguage("en")
                .post("api/support/requests/" + id + "/closure", "application/json", new byte[0]);
        assertThat(early.status(), is(400));
        assertThat(early.json().getString("code"), is("support.transition.refused"));
        assertThat(early.json().getString("detail"), is("Cannot close a request whose status is \"new\"."));
        assertThat(api.as("enseignant01", PASSWORD).get("api/support/requests/" + id).status(), is(404));
        assertThat(api.as("directrice", PASSWORD).get("api/support/requests/" + id).status(), is(200));
        Api.Reply empty = api.as("enseignant", PASSWORD).postJson("api/support/requests", "{\"category\":\"OTHER\",\"subject\":\"x\"}");
        assertThat(empty.status(), is(400));
        assertThat(empty.json().getString("code"), is("support.description.required"));
    }

    @Test
    void filesOfTheWrongTypeOrTooLargeAreRefusedAndGoodOnesComeBackIntact() {
        long id = report("enseignant", "HARDWARE", null);
        api.as("enseignant", PASSWORD);
        Api.Reply script = api.post("api/support/requests/" + id + "/attachments?name=photo.png", "image/png",
                "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8));
        assertThat(script.status(), is(400));
        assertThat(script.json().getString("code"), is("support.file.type"));
        byte[] big = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        Api.Reply tooLarge = api.post("api/support/requests/" + id + "/attachments?name=big.png", "image/png", big);
        assertThat(tooLarge.status(), is(400));
        assertThat(tooLarge.json().getString("code"), is("support.file.tooLarge"));
        assertThat(tooLarge.json().getString("detail"), containsString("5 Mo"));

        Api.Reply accepted = api.post("api/support/requests/" + id + "/attachments?name=ecran.png",
                "application/octet-stream", PNG);
        assertThat(accepted.body(), accepted.status(), is(201));
        JsonObject file = api.get("api/support/requests/" + id).json().getJsonArray("attachments").getJsonObject(0);
        assertThat(file.getString("contentType"), is("image/png"));
        assertThat(api.get("api/support/requests/" + id).json().getJsonArray("attachments").size(), is(1));
        assertThat(accepted.location(), endsWith("/api/support/requests/" + id + "/attachments/"
                + file.getJsonNumber("id").longValue()));
        byte[] back = api.bytes("api/support/requests/" + id + "/attachments/" + file.getJsonNumber("id").longValue());
        assertThat(Arrays.equals(back, PNG), is(true));
    }

    @Test
    void noMoreThanFiveFilesEvenWhenSentAtOnce() throws Exception {
        long id = report("enseignant", "OTHER", null);
        int senders = 12;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            int n = i;
            replies.add(pool.submit(() -> {
                Api own = new Api(url).as("enseignant", PASSWORD);
                start.await();
                return own.post("api/support/requests/" + id + "/attachments?name=p" + n + ".png", "image/png", PNG)
                        .status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> reply : replies) {
            statuses.add(reply.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 201).count(), is(5L));
        assertThat(statuses.stream().filter(s -> s != 201).toList(), everyItem(is(400)));
        assertThat(api.as("enseignant", PASSWORD).get("api/support/requests/" + id).json()
                .getJsonArray("attachments").size(), is(5));
    }

    @Test
    void aTrainingNeedIsPassedToTheInspectorOfTheCirconscription() {
        long id = report("enseignant", "TRAINING_NEED", null);
        assertThat(api.as("ien", PASSWORD).get("api/support/training-needs").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().noneMatch(n -> n.getJsonNumber("requestId").longValue() == id),
                is(true));
        Api.Reply referred = api.as("dsi", PASSWORD).post("api/support/requests/" + id + "/referral",
                "application/json", new byte[0]);
        assertThat(referred.body(), referred.status(), is(200));
        List<JsonObject> needs = api.as("ien", PASSWORD).get("api/support/training-needs").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(needs.stream().map(n -> n.getJsonNumber("requestId").longValue()).toList(), hasItem(id));
        assertThat(needs.get(0).getString("schoolUai"), is(SCHOOL));
        long hardware = report("enseignant", "HARDWARE", null);
        assertThat(api.as("dsi", PASSWORD).post("api/support/requests/" + hardware + "/referral", "application/json",
                new byte[0]).status(), is(400));
    }

    @Test
    void theQueueFiltersAndSortsAndFlagsOverdueRequests() {
        long id = report("enseignant", "LICENCE_ACCESS", null);
        api.as("dsi", PASSWORD);
        JsonObject firstPage = api.get("api/support/requests?category=LICENCE_ACCESS&sort=createdAt&desc=true").json();
        List<JsonObject> open = firstPage.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(open.get(0).getJsonNumber("id").longValue(), is(id));
        assertThat(open.stream().map(r -> r.getString("category")).toList(), everyItem(is("LICENCE_ACCESS")));
        assertThat(open.get(0).getBoolean("overdue"), is(false));
        // a page of the queue: size requests from first, and how many match in all
        JsonObject second = api.get("api/support/requests?category=LICENCE_ACCESS&sort=createdAt&desc=true"
                + "&first=1&size=1").json();
        assertThat(second.getBoolean("totalExact"), is(true));
        assertThat(second.getJsonNumber("total"), is(firstPage.getJsonNumber("total")));
        assertThat(second.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList(), is(open.size() > 1
                ? List.of(open.get(1).getJsonNumber("id").longValue()) : List.of()));
        assertThat(api.get("api/support/requests?first=100000").json().getJsonArray("items"), is(empty()));
        List<JsonObject> overdue = api.get("api/support/requests?overdue=true&size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(overdue.stream().map(r -> r.getBoolean("overdue")).toList(), everyItem(is(true)));
        List<JsonObject> nobodys = api.get("api/support/requests?assignee=-&size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(nobodys.stream().map(r -> r.containsKey("assigneeUsername")).toList(), everyItem(is(false)));
        assertThat(api.get("api/support/service-levels").structure().asJsonArray().size(), is(5));
        Api.Reply badLevel = api.putJson("api/support/service-levels/HARDWARE",
                "{\"category\":\"HARDWARE\",\"firstAnswerHours\":30,\"resolutionHours\":20}");
        assertThat(badLevel.status(), is(400));
        assertThat(api.get("api/support/compliance").structure().asJsonArray().size(), is(5));
        assertThat(api.get("api/support/requests/" + id).json().getJsonObject("summary").getString("schoolName"),
                startsWith("École"));
    }

    private List<JsonObject> thread(String who, long id) {
        return api.as(who, PASSWORD).get("api/support/requests/" + id).json().getJsonArray("messages")
                .getValuesAs(JsonObject.class);
    }

    private boolean unreadReply(String who, long id) {
        return api.as(who, PASSWORD).get("api/support/requests/mine").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow().getBoolean("unreadReply");
    }

    private int unreadCount(String who) {
        return api.as(who, PASSWORD).get("api/support/unread-replies").json().getInt("count");
    }

    @Test
    void anInternalNoteIsForCityStaffOnlyAndTheTeacherSeesWhichRepliesAreNew() {
        long id = report("enseignant", "SOFTWARE", null);
        assertThat(unreadReply("enseignant", id), is(false));
        int before = unreadCount("enseignant");

        Api.Reply note = api.as("dsi", PASSWORD).postJson("api/support/requests/" + id + "/notes",
                "{\"text\":\"Poste à remplacer, ne pas le dire encore.\"}");
        assertThat(note.body(), note.status(), is(200));
        assertThat(api.as("enseignant", PASSWORD).postJson("api/support/requests/" + id + "/notes",
                "{\"text\":\"Je veux écrire une note.\"}").status(), is(403));
        assertThat(api.as("dsi", PASSWORD).postJson("api/support/requests/" + id + "/notes", "{\"text\":\" \"}")
                .json().getString("code"), is("support.note.required"));

        JsonObject staffNote = thread("dsi", id).stream().filter(m -> m.getBoolean("internal")).findFirst().orElseThrow();
        assertThat(staffNote.getString("body"), is("Poste à remplacer, ne pas le dire encore."));
        assertThat(thread("enseignant", id).stream().map(m -> m.getBoolean("internal")).toList(), everyItem(is(false)));
        assertThat(api.as("enseignant", PASSWORD).get("api/support/requests/" + id).body(),
                not(containsString("Poste à remplacer")));
        assertThat(api.as("directrice", PASSWORD).get("api/support/requests/" + id).body(),
                not(containsString("Poste à remplacer")));
        // a note is not a reply: nothing new for the teacher
        assertThat(unreadReply("enseignant", id), is(false));

        assertThat(api.as("dsi", PASSWORD).postJson("api/support/requests/" + id + "/comments",
                "{\"text\":\"Nous passons jeudi.\"}").status(), is(200));
        assertThat(unreadReply("enseignant", id), is(true));
        assertThat(unreadReply("directrice", id), is(true));
        assertThat(unreadCount("enseignant"), is(before + 1));
        List<JsonObject> read = thread("enseignant", id);
        assertThat(read.get(read.size() - 1).getString("body"), is("Nous passons jeudi."));
        assertThat(unreadReply("enseignant", id), is(false));
        assertThat(unreadCount("enseignant"), is(before));
        // each person of the school reads for themselves
        assertThat(unreadReply("directrice", id), is(true));
    }

    @Test
    void resolvingMayKeepTheItemOutOfService() {
        long screen = newScreen();
        long id = report("enseignant", "HARDWARE", screen);
        api.as("dsi", PASSWORD);
        assertThat(api.post("api/support/requests/" + id + "/start", "application/json", new byte[0]).status(), is(200));
        assertThat(equipmentStatus(screen), is("IN_REPAIR"));
        assertThat(api.as("dsi", PASSWORD).postJson("api/support/requests/" + id + "/resolution",
                "{\"text\":\"Dalle commandée, écran prêté.\",\"itemBackInService\":false}").json().getString("status"),
                is("RESOLVED"));
        assertThat(equipmentStatus(screen), is("IN_REPAIR"));
        // the item's history tells who put it in repair, and nothing put it back in service
        List<JsonObject> history = api.as("dsi", PASSWORD).get("api/equipment/" + screen + "/history").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        JsonObject last = history.get(history.size() - 1);
        assertThat(last.getString("to"), is("IN_REPAIR"));
        assertThat(last.getString("by"), is("dsi"));
    }

    @Test
    void theQueueSearchesTextAndGoesFromOneRequestToTheNext() {
        String token = "Zorglub" + System.nanoTime() % 1_000_000;
        Api.Reply first = api.as("enseignant", PASSWORD).postJson("api/support/requests", """
                {"category":"OTHER","subject":"Premier %s","description":"Rien."}""".formatted(token));
        long a = first.json().getJsonNumber("id").longValue();
        long b = api.postJson("api/support/requests", """
                {"category":"OTHER","subject":"Second","description":"Voir aussi %s ici."}""".formatted(token))
                .json().getJsonNumber("id").longValue();
        api.as("dsi", PASSWORD);
        List<Long> found = api.get("api/support/requests?q=" + token.toLowerCase()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
        assertThat(found, is(List.of(a, b)));
        // every word somewhere: the school's name, the requester's name, the title or description
        List<Long> bySchoolAndRequester = api.get("api/support/requests?q="
                + URLEncoder.encode(token + " ÉCOLE éric", StandardCharsets.UTF_8)).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
        assertThat(bySchoolAndRequester, is(List.of(a, b)));
        assertThat(api.get("api/support/requests?q=" + token + "+introuvable").json().getJsonNumber("total")
                .longValue(), is(0L));
        assertThat(api.get("api/support/requests?q=100%25").status(), is(200));

        assertThat(api.get("api/support/requests/" + a + "/next?q=" + token).json().getJsonNumber("id").longValue(), is(b));
        assertThat(api.get("api/support/requests/" + b + "/next?q=" + token).status(), is(204));
        assertThat(api.get("api/support/requests/" + b + "/next?q=" + token + "&desc=true").json()
                .getJsonNumber("id").longValue(), is(a));
        assertThat(api.as("enseignant", PASSWORD).get("api/support/requests/" + a + "/next").status(), is(403));
    }

    @Test
    void theOpenApiDocumentDescribesEquipmentAndRequests() {
        Api.Reply document = api.anonymous().get("/openapi");
        assertThat(document.status(), is(200));
        assertThat(document.body(), containsString("/api/equipment/import"));
        assertThat(document.body(), containsString("/api/equipment/{id}/label.pdf"));
        assertThat(document.body(), containsString("/api/support/requests/{id}/resolution"));
        assertThat(document.body(), containsString("/api/support/training-needs"));
    }
}
