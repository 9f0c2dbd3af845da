package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The city's knowledge base on Payara Micro: writing and revising answers with clear refusals in
 * French and English and nothing half-written; each city reads and is offered its own published
 * answers only (never another city's, never a draft); suggestions ignore accents and case, put a
 * word in the title above one in the answer, are at most five, and fall back to French for an
 * English reader when no English was written; a hostile title stays text on the help page and in
 * the suggestions.
 */
class KnowledgeBaseIT extends ApiTestBase {

    private static final String SCHOOL = "0349104L";
    private static final String SECRET = "Motdepasse-2026";

    /** A word no other answer holds, so that a test finds its own answers only. */
    private static String word() {
        StringBuilder word = new StringBuilder("kbz");
        for (char c : Long.toString(System.nanoTime(), 26).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 26)));
        }
        return word.toString();
    }

    private static String body(String category, String titleFr, String answerFr, String titleEn, String answerEn,
                               String keywords, boolean published) {
        return """
                {"category":"%s","titleFr":%s,"answerFr":%s,"titleEn":%s,"answerEn":%s,"keywords":%s,"published":%s}"""
                .formatted(category, quoted(titleFr), quoted(answerFr), quoted(titleEn), quoted(answerEn),
                        quoted(keywords), published);
    }

    private static String quoted(String text) {
        return text == null ? "null" : Json.createValue(text).toString();
    }

    private long create(String who, String json) {
        Api.Reply created = new Api(url).as(who, PASSWORD).postJson("api/support/answers", json);
        assertThat(created.body(), created.status(), is(201));
        assertThat(created.location(), containsString("api/support/answers/"));
        return created.json().getJsonNumber("id").longValue();
    }

    private List<JsonObject> suggestions(Api as, String typed) {
        Api.Reply reply = as.get("api/support/answers/suggestions?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    private List<Long> ids(List<JsonObject> answers) {
        return answers.stream().map(a -> a.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void cityStaffWriteAndReviseAnswersRefusedClearlyInFrenchAndEnglishWithNothingHalfWritten() {
        String word = word();
        api.as("dsi", PASSWORD);
        Api.Reply noTitle = api.postJson("api/support/answers", body("OTHER", " ", "Réponse " + word, null, null, null, true));
        assertThat(noTitle.status(), is(400));
        assertThat(noTitle.json().getString("code"), is("knowledge.titleFr.required"));
        assertThat(noTitle.json().getString("detail"), is("Le titre en français est obligatoire."));
        Api.Reply halfEnglish = new Api(url).as("dsi", PASSWORD).inLanguage("en").postJson("api/support/answers",
                body("OTHER", "Titre " + word, "Réponse " + word, "Title only", null, null, true));
        assertThat(halfEnglish.status(), is(400));
        assertThat(halfEnglish.json().getString("detail"), is("In English, write both the title and the answer, or neither."));
        Api.Reply noCategory = api.postJson("api/support/answers", body("OTHER", "Titre " + word, "Réponse", null, null,
                null, true).replace("\"category\":\"OTHER\"", "\"category\":null"));
        assertThat(noCategory.json().getString("code"), is("knowledge.category.required"));
        assertThat(api.get("api/support/answers?q=" + word).structure().asJsonArray().size(), is(0));

        long id = create("dsi", body("SOFTWARE", "Imprimer depuis la tablette " + word, "Ouvrez le menu Partager.\n"
                + "Choisissez l'imprimante de la classe.", null, null, "impression", false));
        JsonObject draft = api.get("api/support/answers/" + id).json();
        assertThat(draft.getBoolean("published"), is(false));
        assertThat(draft.getString("answerFr"), is("Ouvrez le menu Partager.\nChoisissez l'imprimante de la classe."));
        assertThat(draft.getString("updatedBy"), is("Denis Service informatique (démo)"));
        Api.Reply revised = api.putJson("api/support/answers/" + id, body("SOFTWARE", "Imprimer depuis une tablette " + word,
                "Menu Partager, puis Imprimer.", "Printing from a tablet", "Share menu, then Print.", "impression", true));
        assertThat(revised.body(), revised.status(), is(200));
        assertThat(revised.json().getBoolean("published"), is(true));
        assertThat(revised.json().getString("titleEn"), is("Printing from a tablet"));
        Api.Reply badRevision = api.putJson("api/support/answers/" + id, body("SOFTWARE", "", "x", null, null, null, true));
        assertThat(badRevision.status(), is(400));
        assertThat(api.get("api/support/answers/" + id).json().getString("titleFr"), is("Imprimer depuis une tablette " + word));

        assertThat(new Api(url).as("enseignant", PASSWORD).postJson("api/support/answers",
                body("OTHER", "Titre", "Réponse", null, null, null, true)).status(), is(403));
        assertThat(new Api(url).as("enseignant", PASSWORD).putJson("api/support/answers/" + id,
                body("OTHER", "Titre", "Réponse", null, null, null, true)).status(), is(403));
        Api.Reply anAdminNamesTheCity = new Api(url).as("admin", PASSWORD).postJson("api/support/answers",
                body("OTHER", "Titre " + word, "Réponse", null, null, null, true));
        assertThat(anAdminNamesTheCity.status(), is(400));
        assertThat(anAdminNamesTheCity.json().getString("code"), is("knowledge.city.required"));
    }

    @Test
    void anotherCitysAnswerIsNeitherListedNorSuggestedNorFoundAndADraftIsNotOffered() {
        String word = word();
        long villeneuve = create("dsi.villeneuve", body("HARDWARE", "Écran figé " + word, "Redémarrez l'écran.", null, null,
                null, true));
        long draft = create("dsi", body("HARDWARE", "Brouillon " + word, "À relire.", null, null, null, false));
        Api teacher = new Api(url).as("enseignant", PASSWORD);
        assertThat(suggestions(teacher, word), is(List.of()));
        assertThat(teacher.get("api/support/answers?q=" + word).structure().asJsonArray().size(), is(0));
        assertThat(teacher.get("api/support/answers/" + villeneuve).status(), is(404));
        assertThat(teacher.get("api/support/answers/" + draft).status(), is(404));
        assertThat(teacher.post("api/support/answers/" + draft + "/solved", "application/json", new byte[0]).status(),
                is(404));
        Api dsi = new Api(url).as("dsi", PASSWORD);
        assertThat(dsi.get("api/support/answers/" + villeneuve).status(), is(404));
        assertThat(dsi.putJson("api/support/answers/" + villeneuve, body("HARDWARE", "Pris", "Pris", null, null, null,
                true)).status(), is(404));
        assertThat(ids(dsi.get("api/support/answers?q=" + word).structure().asJsonArray().getValuesAs(JsonObject.class)),
                is(List.of(draft)));
        assertThat(ids(suggestions(new Api(url).as("enseignante.villeneuve", PASSWORD), word)), is(List.of(villeneuve)));
        assertThat(ids(new Api(url).as("admin", PASSWORD).get("api/support/answers?q=" + word).structure().asJsonArray()
                .getValuesAs(JsonObject.class)).size(), is(2));

        assertThat(dsi.putJson("api/support/answers/" + draft, body("HARDWARE", "Brouillon relu " + word, "Relu.", null,
                null, null, true)).status(), is(200));
        assertThat(ids(suggestions(teacher, word)), is(List.of(draft)));
        assertThat(teacher.post("api/support/answers/" + draft + "/solved", "application/json", new byte[0]).status(),
                is(204));
    }

    @Test
    void suggestionsIgnoreAccentsAndCaseRankTheTitleFirstAndAreAtMostFive() {
        String word = word();
        long inAnswer = create("dsi", body("OTHER", "Un problème de classe", "Si l'écran " + word + " est GELÉ, attendez.",
                null, null, null, true));
        long inTitle = create("dsi", body("OTHER", "Écran gelé " + word, "Débranchez puis rebranchez.", null, null, null,
                true));
        long inKeywords = create("dsi", body("OTHER", "Affichage bloqué", "Redémarrez l'ordinateur " + word + ".", null,
                null, "écran, gelé", true));
        Api teacher = new Api(url).as("enseignant", PASSWORD);
        // the demo's answers about screens come in between: only the order of this test's answers is known
        List<Long> mine = List.of(inTitle, inKeywords, inAnswer);
        assertThat(ids(suggestions(teacher, "mon ECRAN est gele " + word.toUpperCase())).stream()
                .filter(mine::contains).toList(), is(mine));
        assertThat(ids(suggestions(teacher, "ecran gele " + word)).get(0), is(inTitle));
        assertThat(suggestions(teacher, "le"), is(List.of()));
        for (int i = 0; i < 4; i++) {
            create("dsi", body("OTHER", "Réponse " + i + " " + word, "Texte.", null, null, null, true));
        }
        assertThat(suggestions(teacher, word).size(), is(5));
        assertThat(teacher.get("api/support/answers?q=" + word).structure().asJsonArray().size(), is(7));
    }

    @Test
    void anEnglishReaderGetsTheEnglishTextOrTheFrenchWhenNoneWasWritten() {
        String word = word();
        long both = create("dsi", body("LICENCE_ACCESS", "Code d'activation " + word, "Demandez-le à la DSI.",
                "Activation key " + word, "Ask the IT department for it.", null, true));
        long frenchOnly = create("dsi", body("LICENCE_ACCESS", "Identifiant ENT " + word, "Voyez la directrice.", null,
                null, null, true));
        String username = "kb.en." + System.nanoTime() % 1_000_000;
        assertThat(new Api(url).as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Test","lastName":"Anglais","email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":100,"password":"%s"}""".formatted(username, username, SCHOOL, SECRET))
                .status(), is(201));
        Api english = new Api(url).as(username, SECRET);
        assertThat(english.putJson("api/me/language", "{\"language\":\"en\"}").status(), is(200));
        List<JsonObject> found = suggestions(english, "activation " + word);
        assertThat(ids(found).get(0), is(both));
        assertThat(found.get(0).getString("title"), is("Activation key " + word));
        assertThat(found.get(0).getString("answer"), is("Ask the IT department for it."));
        JsonObject fallback = english.get("api/support/answers/" + frenchOnly).json();
        assertThat(fallback.getString("title"), is("Identifiant ENT " + word));
        assertThat(ids(suggestions(english, "identifiant " + word)).get(0), is(frenchOnly));
        assertThat(new Api(url).as("enseignant", PASSWORD).get("api/support/answers/" + both).json().getString("title"),
                is("Code d'activation " + word));
    }

    @Test
    void theOpenApiDocumentDescribesTheKnowledgeBaseAndTheRating() {
        String document = api.anonymous().get("/openapi").body();
        assertThat(document, containsString("/api/support/answers/suggestions"));
        assertThat(document, containsString("/api/support/answers/{id}/solved"));
        assertThat(document, containsString("/api/support/requests/{id}/satisfaction"));
        assertThat(document, containsString("/api/dashboard/satisfaction.csv"));
    }

    @Test
    void aHostileTitleStaysTextInTheSuggestionsAndOnTheHelpPage() {
        String word = word();
        String hostile = "=cmd|' /C calc'!A0 <script>alert('kb')</script> \"" + word + "\"";
        long id = create("dsi", body("HARDWARE", hostile, "<img src=x onerror=alert(1)>\nhttps://ent.example.fr/aide",
                null, null, null, true));
        Api teacher = new Api(url).as("enseignant", PASSWORD);
        List<JsonObject> found = suggestions(teacher, word);
        assertThat(ids(found), is(List.of(id)));
        assertThat(found.get(0).getString("title"), is(hostile));

        PageBrowser browser = new PageBrowser(url);
        assertThat(browser.login("enseignant", PASSWORD).statusCode(), is(302));
        String page = browser.get("support/help.xhtml").body();
        assertThat(page, containsString("&lt;script&gt;alert('kb')&lt;/script&gt;"));
        assertThat(page, not(containsString("<script>alert('kb')")));
        assertThat(page, containsString("&lt;img src=x onerror=alert(1)&gt;"));
        assertThat(page, containsString("href=\"https://ent.example.fr/aide\""));
        assertThat(page, not(containsString("<img src=x")));
    }
}
