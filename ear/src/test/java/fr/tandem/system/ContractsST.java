package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Contracts in the browser: city staff find the demo's contracts and warranties ending, create a
 * contract covering an item picked by its serial number, see its notice deadline, and find the
 * contract on the item's page; the pages pass axe and fit a phone.
 */
class ContractsST extends SystemTestBase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String ITEM = "VIS-0349105M-1";

    @Test
    void cityStaffCreateAContractCoveringAnItemAndFindItOnTheItemsPage() {
        login(DemoAccount.CITY_STAFF);
        open("/equipment/contracts.xhtml");
        assertThat(textOf(By.id("contracts")), containsString("MAINT-ENI-2024 (démo)"));
        assertAccessible("dsi /equipment/contracts.xhtml");
        open("/equipment/warranties.xhtml");
        assertThat(textOf(By.id("warranties")), containsString("PCP-"));
        assertAccessible("dsi /equipment/warranties.xhtml");

        open("/equipment/contracts.xhtml");
        waitFor(By.id("ct-new")).click();
        waitFor(By.id("ct-reference"));
        String reference = "ST-" + System.currentTimeMillis() + " <b>\"x\"</b>";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate end = today.plusYears(1);
        new Select(waitFor(By.id("ct-supplier"))).selectByIndex(1);
        type(By.id("ct-reference"), reference);
        new Select(waitFor(By.id("ct-kind"))).selectByVisibleText("Location");
        setValue("ct-start_input", today.format(DAY));
        setValue("ct-end_input", end.format(DAY));
        type(By.id("ct-notice_input"), "30");
        type(By.id("ct-cost_input"), "1500");
        type(By.id("ct-pick-text"), ITEM);
        browser().findElement(By.id("ct-pick")).click();
        waitFor(By.cssSelector("button[aria-label='Ajouter " + ITEM + "']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ct-items"), ITEM));
        assertAccessible("dsi /equipment/contract.xhtml (new, an item picked)");
        browser().findElement(By.id("ct-save")).click();

        waiting().until(ExpectedConditions.urlContains("contract.xhtml?id="));
        assertThat(textOf(By.id("ct-deadline")), is(end.minusDays(30).format(DAY)));
        assertThat(textOf(By.id("ct-items")), containsString(ITEM));
        assertThat(waitFor(By.id("ct-reference")).getAttribute("value"), is(reference));
        onPhone(() -> {
            assertNoSidewaysScroll("/equipment/contract.xhtml");
            open("/equipment/contracts.xhtml");
            assertNoSidewaysScroll("/equipment/contracts.xhtml");
            open("/equipment/warranties.xhtml");
            assertNoSidewaysScroll("/equipment/warranties.xhtml");
            return null;
        });

        open("/equipment/contracts.xhtml");
        waitFor(By.linkText(reference));
        waitFor(By.linkText(reference)).click();
        waitFor(By.linkText(ITEM)).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-contracts"), reference));
    }

    private void assertAccessible(String page) {
        List<Axe.Violation> blocking = Axe.scan(browser(), page).stream().filter(Axe.Violation::blocking).toList();
        assertThat(blocking.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")), blocking,
                is(List.of()));
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", waitFor(By.id(id)), value);
    }
}
