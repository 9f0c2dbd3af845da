package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A broken interactive screen, through the pages: a teacher opens the address of the screen's QR
 * label (logged out, so through the login page), reports it with a photo, and the screen is broken; city staff
 * take the request from the queue and resolve it, and the screen is in service again; the teacher
 * finds the request resolved in "my requests". City staff search the queue, pick the school by its
 * name, write an internal note the teacher never sees and a reply the teacher finds marked new, and go
 * from one request to the next of the queue; the pages fit a phone and pass axe.
 */
class SupportST extends SystemTestBase {

    /** A demo screen of the demo teacher's school (0349104L). */
    private static final String SCREEN = "ENI-0349104L-2";

    private JsonObject screen() {
        return Api.json(api.get("/api/equipment?q=" + SCREEN, DemoAccount.CITY_STAFF)).getJsonArray("items")
                .getJsonObject(0);
    }

    @Test
    void aTeacherReportsABrokenScreenFromItsQrLinkAndCityStaffResolveIt() throws IOException {
        long screenId = screen().getJsonNumber("id").longValue();
        String subject = "Écran noir " + System.currentTimeMillis() % 1_000_000;

        open("/login.xhtml");
        browser().manage().deleteAllCookies();
        open("/support/new.xhtml?equipment=" + screenId);
        type(By.id("username"), DemoAccount.TEACHER.username());
        type(By.id("password"), DemoAccount.PASSWORD);
        browser().findElement(By.id("login")).click();
        assertThat(textOf(By.id("report-equipment")), containsString(SCREEN));
        assertThat(new Select(waitFor(By.id("report-category"))).getFirstSelectedOption().getText(), is("Matériel"));
        type(By.id("report-subject"), subject);
        type(By.id("report-description"), "L'écran reste noir, le voyant est orange.");
        Path photo = Files.createTempFile("ecran", ".png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        browser().findElement(By.id("report-files")).sendKeys(photo.toAbsolutePath().toString());
        browser().findElement(By.id("report-send")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-status"), "Nouvelle"));
        assertThat(screen().getString("status"), is("BROKEN"));
        assertThat(textOf(By.id("files-form")), containsString(photo.getFileName().toString()));
        logout();

        login(DemoAccount.CITY_STAFF);
        open("/support/queue.xhtml");
        waitFor(By.xpath("//table//a[contains(., '" + subject + "')]")).click();
        // the linked item is the one chosen in the link list; the main step is filled, the others outlined
        assertThat(new Select(waitFor(By.id("link-equipment"))).getFirstSelectedOption().getText(), containsString(SCREEN));
        assertThat(waitFor(By.id("request-start")).getAttribute("class"), not(containsString("ui-button-outlined")));
        assertThat(waitFor(By.id("request-assign")).getAttribute("class"), containsString("ui-button-outlined"));
        assertThat(waitFor(By.id("request-resolve")).getAttribute("class"), containsString("ui-button-success"));
        waitFor(By.id("request-start")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-status"), "En cours"));
        assertThat(textOf(By.id("messages")), containsString("Demande prise en charge par "));
        assertThat(waitFor(By.cssSelector("#request-status .status-badge")).getAttribute("class"), containsString("status-warn"));
        assertThat(screen().getString("status"), is("IN_REPAIR"));
        type(By.id("resolve-text"), "Carte d'alimentation remplacée.");
        assertThat(waitFor(By.id("resolve-in-service")).isSelected(), is(true));
        browser().findElement(By.id("request-resolve")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-status"), "Résolue"));
        assertThat(textOf(By.id("messages")), containsString("Demande résolue. Le matériel " + SCREEN + " est remis en service."));
        assertThat(screen().getString("status"), is("IN_SERVICE"));
        assertThat(waitFor(By.id("request-close")).getAttribute("class"), containsString("ui-button-danger"));
        logout();

        login(DemoAccount.TEACHER);
        open("/support/mine.xhtml");
        String row = textOf(By.xpath("//table//tr[contains(., '" + subject + "')]"));
        assertThat(row, containsString("Résolue"));
        waitFor(By.xpath("//table//a[contains(., '" + subject + "')]")).click();
        assertThat(textOf(By.id("thread")), containsString("Carte d'alimentation remplacée."));
    }

    private long newRequest(String subject) {
        HttpResponse<String> created = api.post("/api/support/requests", DemoAccount.TEACHER, "application/json", """
                {"category":"SOFTWARE","subject":"%s","description":"Le logiciel ne démarre plus."}"""
                .formatted(subject).getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        return Api.json(created).getJsonNumber("id").longValue();
    }

    private List<String> queueRows() {
        return browser().findElements(By.cssSelector("#queue tbody tr")).stream().map(WebElement::getText).toList();
    }

    private void noSidewaysScrollOnPhone(String page) {
        onPhone(() -> {
            waitFor(By.id("main"));
            assertNoSidewaysScroll(page);
            return null;
        });
    }

    private void noBlockingViolation(String page) {
        List<Axe.Violation> blocking = Axe.scan(browser(), page).stream().filter(Axe.Violation::blocking).toList();
        assertThat(page + ": " + blocking, blocking.isEmpty(), is(true));
    }

    @Test
    void cityStaffSearchTheQueueWriteANoteTheTeacherNeverSeesAndGoToTheNextRequest() {
        String token = "Kzq" + System.currentTimeMillis() % 1_000_000;
        long first = newRequest("Premier " + token);
        long second = newRequest("Second " + token);
        String schoolName = Api.json(api.get("/api/support/requests/" + first, DemoAccount.TEACHER))
                .getJsonObject("summary").getString("schoolName");

        login(DemoAccount.CITY_STAFF);
        open("/support/queue.xhtml");
        type(By.id("queue-search"), token);
        waiting().until(driver -> queueRows().size() == 2 && queueRows().stream().allMatch(r -> r.contains(token)));
        // the school picked by its name: the requests' links carry it, with the search
        type(By.id("queue-school_input"), schoolName);
        waitFor(By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '(0349104L)')]")).click();
        waiting().until(driver -> driver.findElements(By.cssSelector("#queue a[href*='school=0349104L']")).size() == 2);
        assertThat(queueRows().get(0), containsString("Premier " + token));
        noBlockingViolation("dsi /support/queue.xhtml (searched)");
        onPhone(() -> {
            assertNoSidewaysScroll("/support/queue.xhtml");
            return null;
        });

        waitFor(By.xpath("//table//a[contains(., 'Premier " + token + "')]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-subject"), "Premier " + token));
        type(By.id("comment-text"), "Poste à remplacer " + token + ", ne pas le dire encore.");
        browser().findElement(By.id("note-send")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Note interne ajoutée"));
        assertThat(textOf(By.cssSelector("#thread li.note")), containsString("Note interne"));
        type(By.id("comment-text"), "Nous passons jeudi.");
        browser().findElement(By.id("comment-send")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Réponse envoyée à "));
        assertThat(textOf(By.id("thread")), containsString("Réponse du service"));
        noSidewaysScrollOnPhone("/support/request.xhtml");

        browser().findElement(By.id("request-next")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-subject"), "Second " + token));
        noBlockingViolation("dsi /support/request.xhtml (next request)");
        assertThat(browser().getCurrentUrl(), containsString("id=" + second));
        browser().findElement(By.id("request-next")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "C'est la dernière demande de la file."));
        browser().findElement(By.id("back-to-queue")).click();
        waiting().until(driver -> token.equals(driver.findElement(By.id("queue-search")).getAttribute("value")));
        waiting().until(driver -> queueRows().size() == 2);
        logout();

        login(DemoAccount.TEACHER);
        assertThat(waitFor(By.id("menu-section-unread")).getText(), not(is("")));
        open("/support/mine.xhtml");
        assertThat(textOf(By.xpath("//table//tr[contains(., 'Premier " + token + "')]")), containsString("Nouvelle réponse"));
        assertThat(textOf(By.xpath("//table//tr[contains(., 'Second " + token + "')]")), not(containsString("Nouvelle réponse")));
        noBlockingViolation("enseignant /support/mine.xhtml (unread reply)");
        noSidewaysScrollOnPhone("/support/mine.xhtml");
        waitFor(By.xpath("//table//a[contains(., 'Premier " + token + "')]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "Nous passons jeudi."));
        assertThat(textOf(By.id("thread")), not(containsString("Poste à remplacer")));
        assertThat(textOf(By.id("thread")), not(containsString("Note interne")));
        assertThat(browser().getPageSource(), not(containsString("Poste à remplacer")));
        noSidewaysScrollOnPhone("/support/request.xhtml (teacher)");
        open("/support/mine.xhtml");
        assertThat(textOf(By.xpath("//table//tr[contains(., 'Premier " + token + "')]")), not(containsString("Nouvelle réponse")));
        open("/support/new.xhtml");
        noBlockingViolation("enseignant /support/new.xhtml");
        noSidewaysScrollOnPhone("/support/new.xhtml");
        assertThat(first < second, is(true));
    }
}
