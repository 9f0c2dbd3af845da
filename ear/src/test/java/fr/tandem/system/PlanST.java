package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The digital plan in the browser: city staff open the demo plan of Béziers, find its charts each
 * with its table, add a line through the dialog and see it in the lines and in the figures; the page
 * passes axe and fits a phone; the inspector's view shows no amount.
 */
class PlanST extends SystemTestBase {

    private static final String DEMO_PLAN = "Plan numérique des écoles de Béziers 2025–2028";

    @Test
    void cityStaffAddALineThroughTheDialogAndSeeItInTheTableAndTheFigures() {
        login(DemoAccount.CITY_STAFF);
        open("/plan/list.xhtml");
        waitFor(By.linkText(DEMO_PLAN)).click();
        waiting().until(ExpectedConditions.urlContains("/plan/plan.xhtml?id="));
        String page = browser().getCurrentUrl().replace(baseUrl, "");
        for (String chart : List.of("chart-years", "chart-programmes", "chart-schools", "chart-equipment")) {
            waitFor(By.cssSelector("#" + chart + " canvas"));
        }
        for (String table : List.of("table-years", "table-programmes", "table-schools", "table-equipment")) {
            assertThat(table, browser().findElements(By.cssSelector("#" + table + " tbody tr")).isEmpty(), is(false));
        }
        assertThat(textOf(By.id("table-years")), containsString("2026–2027"));
        int lines = numberIn(By.id("summary-lines"));
        assertAccessible("dsi " + page);

        waitFor(By.id("line-new")).click();
        waitFor(By.id("line-label"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("line-label")));
        String label = "Tablettes du ST " + System.currentTimeMillis() + " <b>\"x\"</b>";
        new Select(waitFor(By.id("line-year"))).selectByVisibleText("2027–2028");
        new Select(waitFor(By.id("line-kind"))).selectByVisibleText("Équipement");
        new Select(waitFor(By.id("line-type"))).selectByVisibleText("Tablette");
        type(By.id("line-label"), label);
        type(By.id("line-quantity"), "3");
        type(By.id("line-cost"), "250");
        new Select(waitFor(By.id("line-programme"))).selectByVisibleText("TNE (État)");
        assertAccessible("dsi " + page + " (line dialog open)");
        browser().findElement(By.id("line-save")).click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-lines"), label));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("line-label")));
        assertThat(numberIn(By.id("summary-lines")), is(lines + 1));
        assertThat(textOf(By.id("table-equipment")), containsString("Tablette"));
        onPhone(() -> {
            assertNoSidewaysScroll(page);
            open("/plan/list.xhtml");
            assertNoSidewaysScroll("/plan/list.xhtml");
            return null;
        });

        login(DemoAccount.INSPECTOR);
        open(page);
        waitFor(By.id("plan-lines"));
        assertThat(browser().findElements(By.id("summary-planned")).isEmpty(), is(true));
        assertThat(textOf(By.id("main")).contains("€"), is(false));
        assertAccessible("ien " + page);
    }

    private void assertAccessible(String page) {
        waitForAjaxControls();
        List<Axe.Violation> blocking = Axe.scan(browser(), page).stream().filter(Axe.Violation::blocking).toList();
        assertThat(blocking.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")), blocking,
                is(List.of()));
    }
}
