package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What equipment costs, in the pages: city staff record an intervention on an item and read its
 * total cost of ownership (and the demo's licence seats on a tablet set), then a school's cost per
 * year with its chart; each page passes axe and fits a phone's width. They give a seat of a licence to
 * one of a school's devices from the licence page. A head teacher sees the
 * licences on the school's item, without money.
 */
class CostsST extends SystemTestBase {

    private static final String SCHOOL = "0349104L";

    @Test
    void cityStaffRecordAnInterventionAndReadTheCosts() {
        login(DemoAccount.CITY_STAFF);
        openItem("ENI-0349104L-1");
        String totalBefore = textOf(By.id("item-cost-total"));
        assertThat(textOf(By.id("maintenance")), containsString("Agent DSI (démo)"));

        String day = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];",
                waitFor(By.id("mnt-date_input")), day);
        type(By.id("mnt-staff"), "Agent <b>essai</b>");
        type(By.id("mnt-cost_input"), "80");
        String text = "Changement de la télécommande " + System.currentTimeMillis();
        type(By.id("mnt-text"), text);
        browser().findElement(By.id("mnt-save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("maintenance"), text));
        assertThat(textOf(By.id("maintenance")), containsString("Agent <b>essai</b>"));
        waiting().until(d -> !textOf(By.id("item-cost-total")).equals(totalBefore));
        assertThat(textOf(By.id("item-cost")), containsString("Interventions"));
        assertAccessibleAndFitsAPhone("/equipment/item.xhtml");

        openItem("TAB-0349104L-1");
        assertThat(textOf(By.id("item-licences")), containsString("Suite Tablettes École (démo)"));
        assertThat(textOf(By.id("item-cost")), containsString("Licences"));

        open("/equipment/costs.xhtml?school=" + SCHOOL);
        waitFor(By.id("table-byYear"));
        assertThat(browser().findElements(By.cssSelector("#table-byYear tbody tr")).size(), greaterThan(0));
        assertThat(textOf(By.id("table-byYearAndType")), containsString("Écran numérique interactif"));
        assertThat(browser().findElements(By.cssSelector("#chart-byYear canvas")).size(), is(1));
        assertThat(browser().findElements(By.id("costs-csv")).size(), is(1));
        assertAccessibleAndFitsAPhone("/equipment/costs.xhtml");
    }

    @Test
    void cityStaffGiveASeatOfALicenceToADeviceOfASchool() {
        long id = Json.createReader(new StringReader(api.get("/api/licences", DemoAccount.CITY_STAFF).body()))
                .readArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("productName").equals("Suite Tablettes École (démo)"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        login(DemoAccount.CITY_STAFF);
        open("/licences/licence.xhtml?id=" + id);
        assertThat(textOf(By.id("assignments")), containsString("TAB-0349104L-1"));
        type(By.id("assign-uai_input"), "0349104");
        waitFor(By.xpath("//*[@id='assign-uai_panel']//li[contains(., '(" + SCHOOL + ")')]")).click();
        waiting().until(d -> new Select(d.findElement(By.id("assign-device"))).getOptions().stream()
                .anyMatch(o -> o.getText().contains("ENI-0349104L-2")));
        new Select(browser().findElement(By.id("assign-target"))).selectByVisibleText("Un appareil (matériel)");
        Select device = new Select(browser().findElement(By.id("assign-device")));
        device.selectByVisibleText(device.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.contains("ENI-0349104L-2")).findFirst().orElseThrow());
        browser().findElement(By.id("assign-do")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignments"), "ENI-0349104L-2"));
        assertThat(textOf(By.id("licence-assigned")), is("9"));
    }

    @Test
    void aHeadTeacherSeesTheLicencesOnTheSchoolsItemWithoutMoney() {
        login(DemoAccount.HEAD_TEACHER);
        openItem("TAB-0349104L-1");
        assertThat(textOf(By.id("item-licences")), containsString("Suite Tablettes École (démo)"));
        assertThat(browser().findElements(By.id("item-cost")).isEmpty(), is(true));
        assertThat(browser().findElements(By.id("maintenance")).isEmpty(), is(true));
    }

    /** Finds the item by its serial number in the inventory and opens its page. */
    private void openItem(String serial) {
        open("/equipment/list.xhtml");
        type(By.id("eq-search"), serial);
        waiting().until(d -> numberIn(By.id("equipment-total")) == 1);
        waitFor(By.linkText(serial)).click();
        waitFor(By.id("item-licences"));
    }

    private void assertAccessibleAndFitsAPhone(String page) {
        waitForAjaxControls();
        List<Axe.Violation> blocking = Axe.scan(browser(), page).stream().filter(Axe.Violation::blocking).toList();
        assertTrue(blocking.isEmpty(), () -> blocking.stream().map(Axe.Violation::toString)
                .collect(Collectors.joining("\n")));
        onPhone(() -> {
            assertNoSidewaysScroll(page);
            return null;
        });
    }
}
