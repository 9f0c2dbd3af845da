package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The equipment and request pages by role: city staff read the spending chart and table, filter
 * the inventory, change an item's status and find it in its history, import an inventory file and
 * read its report, use the queue's filters and link a request to one of the school's items; a head
 * teacher sees only the school's equipment, without prices; an inspector reads the training needs
 * passed on.
 */
class EquipmentST extends SystemTestBase {

    @Test
    void cityStaffWorkTheInventoryThroughThePages() throws IOException {
        login(DemoAccount.CITY_STAFF);
        open("/equipment/list.xhtml");
        assertThat(numberIn(By.id("equipment-total")), greaterThan(90));
        assertThat(textOf(By.id("spending")), containsString("Écran numérique interactif"));
        assertThat(browser().findElements(By.cssSelector("#spending-chart canvas")).size(), is(1));
        // amounts the French way (thousands apart, comma, euro sign after), right-aligned; statuses as badges
        assertThat(textOf(By.id("spending")).replace('\u202F', ' ').replace('\u00A0', ' '),
                matchesPattern("(?s).*\\d \\d{3},\\d{2} €.*"));
        assertThat(browser().findElements(By.cssSelector("#equipment .status-badge.status-ok")).isEmpty(), is(false));
        onPhone(() -> {
            assertNoSidewaysScroll("/equipment/list.xhtml");
            return null;
        });
        type(By.id("eq-search"), "VIS-0349105M");
        waiting().until(d -> numberIn(By.id("equipment-total")) == 1);
        waitFor(By.linkText("VIS-0349105M-1")).click();

        new Select(waitFor(By.id("item-new-status"))).selectByVisibleText("En panne");
        type(By.id("item-status-note"), "Lampe grillée");
        browser().findElement(By.id("item-status-change")).click();
        assertThat(textOf(By.cssSelector(".ui-confirm-dialog .ui-dialog-title")), is("Changer le statut"));
        waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-history"), "Lampe grillée"));
        assertThat(textOf(By.id("item-status")), is("En panne"));
        assertThat(waitFor(By.id("item-status")).getAttribute("class"), containsString("status-danger"));
        onPhone(() -> {
            assertNoSidewaysScroll("/equipment/item.xhtml");
            return null;
        });

        String serial = "ST-" + System.currentTimeMillis();
        Path csv = Files.createTempFile("inventaire", ".csv");
        Files.writeString(csv, "numero_serie;type;marque;uai\r\n" + serial + ";webradio;Zoom;0349104L\r\nX Y;ENI;Speechi;0349104L\r\n",
                StandardCharsets.UTF_8);
        open("/equipment/import.xhtml");
        waitFor(By.id("eq-import-file")).sendKeys(csv.toAbsolutePath().toString());
        browser().findElement(By.id("eq-import-start")).click();
        assertThat(textOf(By.id("eq-import-created")), is("1"));
        assertThat(textOf(By.id("eq-import-skipped")), is("1"));
        assertThat(textOf(By.id("eq-import-lines")), containsString("X Y"));

        open("/support/queue.xhtml");
        waitFor(By.id("queue"));
        new Select(waitFor(By.id("queue-category"))).selectByVisibleText("Licence ou accès");
        // the demo's hardware request leaves the table once the filter applies
        waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("queue")).getText().contains("Trois tablettes"));
        assertThat(textOf(By.id("queue")), containsString("Clé de licence manquante"));
        waitFor(By.partialLinkText("Clé de licence manquante")).click();
        new Select(waitFor(By.id("link-equipment"))).selectByIndex(1);
        browser().findElement(By.id("request-link")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"),
                "Matériel lié"));
    }

    @Test
    void aHeadTeacherSeesOnlyTheSchoolsEquipmentWithoutPrices() {
        login(DemoAccount.HEAD_TEACHER);
        open("/equipment/list.xhtml");
        String table = textOf(By.id("equipment"));
        assertThat(table, containsString("ENI-0349104L-1"));
        assertThat(table, not(containsString("0349101H")));
        assertThat(table, not(containsString("Prix")));
        assertThat(browser().findElements(By.id("eq-new")).isEmpty(), is(true));
        open("/support/mine.xhtml");
        assertThat(textOf(By.id("my-requests")), containsString("Clé de licence manquante"));
        assertThat(fetchInBrowser("/support/queue.xhtml").status(), is(403));
    }

    @Test
    void anInspectorReadsTheTrainingNeedsPassedOn() {
        login(DemoAccount.INSPECTOR);
        open("/support/training-needs.xhtml");
        waitFor(By.id("training-needs"));
        assertThat(visibleText(), containsString("Besoins de formation transmis"));
        open("/equipment/list.xhtml");
        assertThat(numberIn(By.id("equipment-total")), greaterThan(90));
    }
}
