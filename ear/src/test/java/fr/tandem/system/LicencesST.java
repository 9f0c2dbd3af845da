package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Licences through the pages: city staff create a product and a licence of five seats, find it by
 * its order number in a table that fits its box (French amounts, badges), assign seats to two
 * schools chosen by name, are refused a sixth seat with the free count, release seats after a
 * confirmation and assign them back, then import a GAR subscription and its usage and read the
 * reconciliation.
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

    /** Chooses a school in a picker: types a part of its name and clicks the proposal of that school. */
    private void pickSchool(String picker, String typed, String uai) {
        type(By.id(picker + "_input"), typed);
        waitFor(By.xpath("//*[@id='" + picker + "_panel']//li[contains(., '(" + uai + ")')]")).click();
        waiting().until(ExpectedConditions.attributeContains(By.id(picker + "_input"), "value", uai));
    }

    private void assign(String uai, String typed, int seats) {
        pickSchool("assign-uai", typed, uai);
        type(By.id("assign-seats"), String.valueOf(seats));
        browser().findElement(By.id("assign-do")).click();
    }

    /** French separates thousands with a (narrow) no-break space: read it as a plain space. */
    private static String spaced(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private void assertNoBlockingAccessibilityViolation(String page) {
        List<Axe.Violation> blocking = Axe.scan(browser(), page).stream().filter(Axe.Violation::blocking).toList();
        assertThat(blocking.toString(), blocking, is(empty()));
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
        type(By.id("licence-price"), "4500");
        new Select(waitFor(By.id("licence-grant"))).selectByValue("TNE");
        type(By.id("licence-grant-percent"), "50");
        type(By.id("licence-order"), "BC-ST-" + unique);
        browser().findElement(By.id("licence-create")).click();
        waitForText("messages", "est créée");

        type(By.id("licences-search"), "BC-ST-" + unique);
        waiting().until(d -> d.findElements(By.cssSelector("#licences tbody tr")).size() == 1);
        WebElement row = waitFor(By.xpath("//tr[contains(., '" + product + "')]"));
        assertThat(spaced(row.getText()), containsString("4 500,00 €"));
        assertThat(row.findElements(By.cssSelector(".status-badge.status-ok")).stream().map(WebElement::getText).toList(),
                hasItem("Active"));
        assertThat(row.getText(), containsString("jours restants"));
        assertThat(row.getText(), not(containsString("Jours restants")));
        Dimension before = browser().manage().window().getSize();
        browser().manage().window().setSize(new Dimension(1400, 900));
        try {
            Boolean fits = (Boolean) ((JavascriptExecutor) browser()).executeScript(
                    "const box = document.getElementById('licences-box'); return box.scrollWidth <= box.clientWidth;");
            assertThat("at 1400 px the licences table fits its box", fits, is(true));
        } finally {
            browser().manage().window().setSize(before);
        }
        assertNoBlockingAccessibilityViolation("city staff /licences/list.xhtml (searched)");
        onPhone(() -> {
            assertNoSidewaysScroll("/licences/list.xhtml");
            return null;
        });
        browser().get(row.findElement(By.cssSelector("a[href*='/licences/licence.xhtml']")).getAttribute("href"));
        waitFor(By.id("assign-uai"));
        assertThat(textOf(By.id("licence-free")), is("5"));
        assertThat(spaced(textOf(By.id("licence-price"))), containsString("4 500,00 €"));

        assign(school(2), "Marie Cur", 3);
        waitForText("messages", "3 poste(s) affecté(s)");
        assign(school(5), "Jean Jaur", 2);
        waitForText("messages", "2 poste(s) affecté(s)");
        assertThat(textOf(By.id("licence-free")), is("0"));
        assign(school(5), "Jean Jaur", 1);
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
        pickSchool("move-uai", "Louise Mich", school(8));
        browser().findElement(By.id("move-do")).click();
        waitForText("messages", "3 poste(s) affecté(s)");
        assertThat(textOf(By.id("assignments")), containsString(school(8)));

        // releasing seats asks first: "Non" keeps them, "Oui" frees them, and they can be assigned back at once
        By release = By.xpath("//*[@id='assignments']//tr[contains(., '" + school(5) + "')]//button[contains(@id, 'release')]");
        waitFor(release).click();
        WebElement no = waitFor(By.id("confirm-form:confirm-no"));
        assertThat(textOf(By.cssSelector(".ui-confirm-dialog .ui-dialog-title")), is("Libérer les postes"));
        no.click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(textOf(By.id("licence-free")), is("3"));
        waitFor(release).click();
        waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        waitForText("messages", "Postes libérés");
        assertThat(textOf(By.id("licence-free")), is("5"));
        waitFor(By.xpath("//button[contains(@id, 'undo-release')]")).click();
        waitForText("messages", "2 poste(s) affecté(s)");
        assertThat(textOf(By.id("licence-free")), is("3"));
        assertNoBlockingAccessibilityViolation("city staff /licences/licence.xhtml");
        onPhone(() -> {
            assertNoSidewaysScroll("/licences/licence.xhtml");
            return null;
        });

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
