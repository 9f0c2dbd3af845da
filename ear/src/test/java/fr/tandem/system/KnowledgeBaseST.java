package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The request desk learns, through the pages: city staff write an answer with its preview; a
 * teacher typing a request's title on a phone is offered that answer, opens it in place and leaves
 * without sending; a teacher rates a resolved request in one click, and city staff read the rating.
 * The pages fit a 390 px window and pass axe.
 */
class KnowledgeBaseST extends SystemTestBase {

    private static String token() {
        StringBuilder token = new StringBuilder();
        for (char c : Long.toString(System.nanoTime() % 100_000_000L, 26).toCharArray()) {
            token.append((char) ('a' + Character.digit(c, 26)));
        }
        return "kbst" + token;
    }

    private void noBlockingViolation(String page) {
        List<Axe.Violation> blocking = Axe.scan(browser(), page).stream().filter(Axe.Violation::blocking).toList();
        assertThat(page + ": " + blocking, blocking.isEmpty(), is(true));
    }

    @Test
    void cityStaffWriteAnAnswerAndSeeItsPreview() {
        String title = "Le vidéoprojecteur clignote " + token();
        login(DemoAccount.CITY_STAFF);
        open("/support/answer.xhtml");
        new Select(waitFor(By.id("answer-category"))).selectByVisibleText("Matériel");
        type(By.id("answer-title-fr"), title);
        type(By.id("answer-keywords"), "projecteur, lampe");
        type(By.id("answer-text-fr"), "Laissez refroidir la lampe <b>10 minutes</b>.\nNotice : https://ent.example.fr/notice.");
        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#answer-preview-fr a[href='https://ent.example.fr/notice']")));
        assertThat(textOf(By.id("answer-preview-fr")), containsString("Laissez refroidir la lampe <b>10 minutes</b>."));
        noBlockingViolation("/support/answer.xhtml");
        waitFor(By.id("answer-published")).click();
        waitFor(By.id("answer-save")).click();
        waiting().until(ExpectedConditions.urlContains("/support/answers.xhtml"));
        assertThat(textOf(By.id("messages")), containsString("enregistrée et publiée"));
        assertThat(textOf(By.id("kb-table")), containsString(title));
    }

    @Test
    void aTeacherTypingATitleOnAPhoneIsOfferedAnAnswerOpensItAndLeavesWithoutSending() {
        String token = token();
        String title = "Tablette muette " + token;
        HttpResponse<String> created = api.post("/api/support/answers", DemoAccount.CITY_STAFF, "application/json", """
                {"category":"HARDWARE","titleFr":%s,"answerFr":"Montez le son avec le bouton du côté.\\nVérifiez le mode silencieux.",
                 "keywords":"son, haut-parleur","published":true}""".formatted(Json.createValue(title))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        login(DemoAccount.TEACHER);
        onPhone(() -> {
            open("/support/new.xhtml");
            type(By.id("report-subject"), "la TABLETTE est muette " + token);
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-suggestions"), title));
            waitFor(By.xpath("//div[@id='report-suggestions']//summary[contains(., '" + token + "')]")).click();
            waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//div[@id='report-suggestions']//span[contains(., 'Vérifiez le mode silencieux.')]")));
            assertNoSidewaysScroll("/support/new.xhtml (an answer offered and opened)");
            noBlockingViolation("/support/new.xhtml (an answer offered and opened)");
            waitFor(By.xpath("//div[@id='report-suggestions']//details[.//summary[contains(., '" + token + "')]]"
                    + "//button[contains(@class, 'suggestion-solved')]")).click();
            waiting().until(ExpectedConditions.urlContains("/support/mine.xhtml"));
            assertThat(textOf(By.id("messages")), containsString("Aucune demande n'a été envoyée."));
            return null;
        });
        open("/support/help.xhtml");
        assertThat(textOf(By.id("help-table")), containsString(title));
    }

    @Test
    void aTeacherRatesAResolvedRequestInOneClickAndCityStaffReadIt() {
        String subject = "Souris perdue " + token();
        HttpResponse<String> reported = api.post("/api/support/requests", DemoAccount.TEACHER, "application/json", """
                {"category":"OTHER","subject":"%s","description":"La souris de la classe a disparu."}""".formatted(subject)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(reported.body(), reported.statusCode(), is(201));
        long id = Api.json(reported).getJsonNumber("id").longValue();
        assertThat(api.post("/api/support/requests/" + id + "/resolution", DemoAccount.CITY_STAFF, "application/json",
                "{\"text\":\"Souris neuve posée.\"}".getBytes(StandardCharsets.UTF_8)).statusCode(), is(200));

        login(DemoAccount.TEACHER);
        onPhone(() -> {
            open("/support/request.xhtml?id=" + id);
            type(By.id("rating-comment"), "Rapide, merci !");
            assertNoSidewaysScroll("/support/request.xhtml (rating)");
            noBlockingViolation("/support/request.xhtml (rating)");
            waitFor(By.id("rating-satisfied")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("satisfaction-given"), "Satisfait"));
            return null;
        });
        assertThat(textOf(By.id("messages")), containsString("Merci pour votre avis."));
        assertThat(textOf(By.id("satisfaction")), containsString("Rapide, merci !"));

        login(DemoAccount.CITY_STAFF);
        open("/support/request.xhtml?id=" + id);
        assertThat(textOf(By.id("satisfaction-given")), containsString("Rapide, merci !"));
        assertThat(browser().findElements(By.id("rating-form")).isEmpty(), is(true));
    }
}
