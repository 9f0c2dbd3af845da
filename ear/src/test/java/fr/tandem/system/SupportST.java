package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A broken interactive screen, through the pages: a teacher opens the address of the screen's QR
 * label (logged out, so through the login page), reports it with a photo, and the screen is broken; city staff
 * take the request from the queue and resolve it, and the screen is in service again; the teacher
 * finds the request resolved in "my requests".
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
        waitFor(By.id("request-start")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-status"), "En cours"));
        assertThat(screen().getString("status"), is("IN_REPAIR"));
        type(By.id("resolve-text"), "Carte d'alimentation remplacée.");
        browser().findElement(By.id("request-resolve")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-status"), "Résolue"));
        assertThat(screen().getString("status"), is("IN_SERVICE"));
        logout();

        login(DemoAccount.TEACHER);
        open("/support/mine.xhtml");
        String row = textOf(By.xpath("//table//tr[contains(., '" + subject + "')]"));
        assertThat(row, containsString("Résolue"));
        waitFor(By.xpath("//table//a[contains(., '" + subject + "')]")).click();
        assertThat(textOf(By.id("thread")), containsString("Carte d'alimentation remplacée."));
    }
}
