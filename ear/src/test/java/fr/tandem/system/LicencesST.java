package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Licences through the pages: city staff create a product and a licence of five seats, assign
 * seats to two schools, are refused a sixth seat with the free count, then import a GAR
 * subscription and its usage and read the reconciliation.
 */
class LicencesST extends SystemTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    /** The UAI of demo school i (1 … 30). */
    private static String school(int i) {
        int digits = 349100 + i;
        return String.format("%07d", digits) + LETTERS.charAt(digits % 23);
    }

    private void waitForText(String id, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private void assign(String uai, int seats) {
        type(By.id("assign-uai"), uai);
        type(By.id("assign-seats"), String.valueOf(seats));
        browser().findElement(By.id("assign-do")).click();
    }

    @Test
    void cityStaffCreateALicenceAssignItAreRefusedBeyondItsSeatsAndReconcileAfterAGarImport(@TempDir Path dir)
            throws IOException {
        long unique = System.currentTimeMillis() % 1_000_000;
        String product = "Logiciel système " + unique;
        login(DemoAccount.CITY_STAFF);

        open("/licences/products.xhtml");
        type(By.id("product-name"), product);
        type(By.id("product-publisher"), "Éditeur (test)");
        type(By.id("product-instructions"), "Icône sur le bureau de l'ENI.");
        browser().findElement(By.id("product-create")).click();
        waitForText("messages", product);

        open("/licences/list.xhtml");
        new Select(waitFor(By.id("licence-product"))).selectByVisibleText(product);
        type(By.id("licence-seats"), "5");
        type(By.id("licence-from"), "01/09/2026");
        type(By.id("licence-until"), "15/08/2099");
        type(By.id("licence-price"), "500");
        new Select(waitFor(By.id("licence-grant"))).selectByValue("TNE");
        type(By.id("licence-grant-percent"), "50");
        type(By.id("licence-order"), "BC-ST-" + unique);
        browser().findElement(By.id("licence-create")).click();
        waitForText("messages", "est créée");

        WebElement row = waitFor(By.xpath("//tr[contains(., '" + product + "')]"));
        row.findElement(By.tagName("a")).click();
        waitFor(By.id("assign-uai"));
        assertThat(textOf(By.id("licence-free")), is("5"));

        assign(school(2), 3);
        waitForText("messages", "3 poste(s) affecté(s)");
        assign(school(5), 2);
        waitForText("messages", "2 poste(s) affecté(s)");
        assertThat(textOf(By.id("licence-free")), is("0"));
        assign(school(5), 1);
        waitForText("messages", "il en reste 0 de libre(s) sur 5");
        assertThat(textOf(By.id("assignments")), containsString(school(2)));
        assertThat(textOf(By.id("assignments")), containsString(school(5)));
        assertThat(textOf(By.id("licence-assigned")), is("5"));

        Path contract = dir.resolve("contrat.pdf");
        Files.writeString(contract, "%PDF-1.4 contrat de test", StandardCharsets.UTF_8);
        waitFor(By.id("document-file")).sendKeys(contract.toAbsolutePath().toString());
        browser().findElement(By.id("document-upload")).click();
        waitForText("messages", "contrat.pdf");
        assertThat(textOf(By.id("documents")), containsString("contrat.pdf"));

        type(By.id("edit-seats"), "4");
        browser().findElement(By.id("edit-save")).click();
        waitForText("messages", "5 postes sont déjà affectés");
        type(By.id("edit-seats"), "8");
        browser().findElement(By.id("edit-save")).click();
        waitForText("messages", "enregistrée");
        assertThat(textOf(By.id("licence-free")), is("3"));

        new Select(waitFor(By.id("move-assignment"))).selectByIndex(0);
        type(By.id("move-uai"), school(8));
        browser().findElement(By.id("move-do")).click();
        waitForText("messages", "3 poste(s) affecté(s)");
        assertThat(textOf(By.id("assignments")), containsString(school(8)));

        String subscription = "st_" + unique;
        String resource = "Ressource système " + unique;
        Path xml = GarFiles.subscription(dir, subscription, "st" + unique, resource, school(7));
        Path csv = GarFiles.usage(dir, school(7), subscription, "st" + unique, 17, 3);

        open("/licences/gar.xhtml");
        waitFor(By.id("gar-subscriptions-file")).sendKeys(xml.toAbsolutePath().toString());
        browser().findElement(By.id("gar-subscriptions-import")).click();
        assertThat(numberIn(By.id("gar-created")), is(1));
        waitFor(By.id("gar-usage-file")).sendKeys(csv.toAbsolutePath().toString());
        browser().findElement(By.id("gar-usage-import")).click();
        assertThat(numberIn(By.id("gar-created")), is(1));

        WebElement line = waitFor(By.xpath("//table//tr[contains(., '" + resource + "')]"));
        String text = line.getText();
        assertThat(text, containsString(school(7)));
        assertThat(text, containsString("30"));
        assertThat(text, containsString("20"));
        assertThat(text, containsString("10"));

        open("/licences/costs.xhtml");
        waitFor(By.cssSelector("#chart-bySchoolYear canvas"));
        assertThat(textOf(By.id("table-byProduct")), containsString(product));
        logout();

        login(DemoAccount.HEAD_TEACHER);
        open("/licences/mine.xhtml");
        assertThat(textOf(By.id("school-licences")), containsString("Studio Webradio (démo)"));
    }
}
