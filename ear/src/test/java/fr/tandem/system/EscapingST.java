package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Hostile text typed into forms is shown back as text, never run: a teacher reports a request whose
 * subject is a script tag and whose description is an image with an onerror handler; the pages that
 * show them (the request, "my requests", the city staff's queue, an equipment item's room) escape them.
 * A 10 000-character subject is refused with a message and nothing is stored.
 */
class EscapingST extends SystemTestBase {

    private static final String MARK = "tandem-xss-" + System.currentTimeMillis() % 1_000_000;
    private static final String SCRIPT = "<script>document.title='" + MARK + "'</script>";
    private static final String IMG = "<img src=x onerror=\"document.title='" + MARK + "'\">";

    @Test
    void scriptsTypedIntoAFormAreShownAsText() {
        login(DemoAccount.TEACHER);
        open("/support/new.xhtml");
        new Select(waitFor(By.id("report-category"))).selectByIndex(1);
        type(By.id("report-subject"), SCRIPT);
        type(By.id("report-description"), IMG);
        browser().findElement(By.id("report-send")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("request-status")));
        assertEscaped("the request page");

        open("/support/mine.xhtml");
        waitFor(By.xpath("//table"));
        assertEscaped("my requests");
        logout();

        login(DemoAccount.CITY_STAFF);
        open("/support/queue.xhtml");
        waitFor(By.xpath("//table"));
        assertEscaped("the queue");
    }

    @Test
    void aStoredScriptInAnEquipmentRoomShowsEscaped() {
        String serial = "XSS-" + MARK;
        String form = """
                {"serialNumber":"%s","schoolUai":"0349104L","type":"TABLET","brand":"Apple","model":"iPad",
                 "room":"%s","purchaseDate":"2025-09-01","price":400,"tneAmount":0,"warrantyEnd":"2027-08-31"}"""
                .formatted(serial, SCRIPT.replace("'", "\\u0027"));
        var created = api.post("/api/equipment", DemoAccount.CITY_STAFF, "application/json",
                form.getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        long id = Api.json(created).getJsonNumber("id").longValue();

        login(DemoAccount.TEACHER);
        open("/equipment/item.xhtml?id=" + id);
        waitFor(By.tagName("h1"));
        assertEscaped("the equipment item");
        open("/equipment/list.xhtml");
        waitFor(By.xpath("//table"));
        logout();
    }

    @Test
    void aTenThousandCharacterSubjectIsRefusedWithAMessage() {
        login(DemoAccount.TEACHER);
        open("/support/new.xhtml");
        new Select(waitFor(By.id("report-category"))).selectByIndex(1);
        String subject = "Z" + MARK + "Z".repeat(10_000);
        ((JavascriptExecutor) browser()).executeScript(
                "const f = document.getElementById('report-subject'); f.removeAttribute('maxlength'); f.value = arguments[0];",
                subject);
        type(By.id("report-description"), "Essai de sujet trop long.");
        browser().findElement(By.id("report-send")).click();
        waitFor(By.cssSelector(".ui-messages-error, .ui-message-error, [role=alert]"));
        assertThat(browser().findElements(By.id("request-status")), is(empty()));
        assertNoStackTrace(visibleText());
        var mine = api.get("/api/support/requests/mine", DemoAccount.TEACHER);
        assertThat(mine.body(), not(containsString("Z" + MARK)));
    }

    /** The page shows the hostile text as text: it is escaped in the HTML, and no script of it ran. */
    private void assertEscaped(String where) {
        String html = browser().getPageSource();
        assertThat(where + " runs no script of the data", browser().getTitle(), not(containsString(MARK)));
        assertThat(where + " writes the script tag raw", html, not(containsString(SCRIPT)));
        assertThat(where + " writes the image tag raw", html, not(containsString("<img src=\"x\" onerror")));
        assertThat(where + " shows the text", visibleText(), containsString("document.title='" + MARK + "'"));
    }
}
