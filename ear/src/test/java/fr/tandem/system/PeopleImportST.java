package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin onboards people on the import page: the preview (nothing written) with its lines and
 * the filter by outcome, then the import with its report; the page passes axe and does not scroll
 * sideways on a phone.
 */
class PeopleImportST extends SystemTestBase {

    @Test
    void theAdminPreviewsThenImportsAFileOfPeople() throws IOException {
        long run = System.nanoTime() % 1_000_000;
        Path file = Files.createTempFile("personnes", ".csv");
        Files.writeString(file, "identifiant;courriel;nom;prénom;uai;fonction;quotité\r\n"
                + "st" + run + ".a;st" + run + ".a@mail.test;Système;Sacha;0349101H;ENS;80\r\n"
                + "st" + run + ".b;st" + run + ".b@mail.test;Système;Basile;;DSI;\r\n"
                + ";;Sans;Identité;0349101H;ENS;100\r\n", StandardCharsets.UTF_8);
        login(DemoAccount.ADMIN);
        followMenu("menu-people-import");
        waitFor(By.id("people-file")).sendKeys(file.toString());
        waitFor(By.id("people-preview")).click();
        waitFor(By.id("people-report"));
        assertThat(numberIn(By.id("people-created")), is(2));
        assertThat(numberIn(By.id("people-skipped")), is(1));
        assertThat(api.get("/api/accounts/st" + run + ".a", DemoAccount.ADMIN).statusCode(), is(404));

        new Select(waitFor(By.id("people-filter"))).selectByValue("SKIPPED");
        waiting().until(d -> d.findElements(By.cssSelector("#people-lines tbody tr")).size() == 1);
        assertThat(textOf(By.cssSelector("#people-lines tbody tr")), containsString("ni identifiant ni adresse"));

        waitForAjaxControls();
        List<Axe.Violation> blocking = Axe.scan(browser(), "admin /admin/people-import.xhtml (preview)").stream()
                .filter(Axe.Violation::blocking).toList();
        assertThat(blocking.toString(), blocking, is(empty()));
        onPhone(() -> {
            assertNoSidewaysScroll("/admin/people-import.xhtml (preview)");
            return null;
        });

        waitFor(By.id("people-invite")).click();
        clickWhenSettled(By.id("people-apply"));
        waitFor(By.id("people-invited"));
        assertThat(numberIn(By.id("people-created")), is(2));
        assertThat(numberIn(By.id("people-invited")), is(0));
        assertThat(api.get("/api/accounts/st" + run + ".a", DemoAccount.ADMIN).statusCode(), is(200));
        Files.delete(file);
    }
}
