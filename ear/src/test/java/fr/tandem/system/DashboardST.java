package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The partnership dashboard in the browser: the councillor reads every section with its chart and
 * money; filtering to a circonscription narrows it to its schools; the inspector sees no money. The year
 * in review sets a school year beside the one before, theme by theme, with a chart each.
 */
class DashboardST extends SystemTestBase {

    private static String yearLabel(int start) {
        return start + "-" + (start + 1);
    }

    @Test
    void theCouncillorComparesASchoolYearWithTheOneBeforeThemeByTheme() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        int current = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        login(DemoAccount.COUNCILLOR);
        open("/dashboard.xhtml");
        assertThat(textOf(By.id("review-scope")), containsString("Année scolaire " + yearLabel(current)
                + " comparée à " + yearLabel(current - 1) + " — Béziers"));
        assertThat("equipment, money, training, licences, requests",
                browser().findElements(By.cssSelector("#review-form .review-table")).size(), is(5));
        assertThat(browser().findElements(By.cssSelector("#review-form .chart canvas")).size(), is(5));
        assertThat(browser().findElements(By.id("review-pdf")), not(empty()));

        browser().findElement(By.cssSelector("#review-year option[value='" + (current - 1) + "']")).click();
        browser().findElement(By.id("review-show")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-scope"),
                yearLabel(current - 1) + " comparée à " + yearLabel(current - 2)));
        String screens = textOf(By.cssSelector("#review-form .review-table tbody tr"));
        assertThat(screens, containsString("Écrans numériques interactifs"));
        assertThat("the demo's screens bought that year", screens, not(containsString("Écrans numériques interactifs 0 ")));
    }

    @Test
    void theCouncillorReadsEverySectionAndNarrowsItToACirconscription() {
        login(DemoAccount.COUNCILLOR);
        open("/dashboard.xhtml");
        assertThat(Integer.parseInt(textOf(By.id("training-teachers")).strip()), greaterThan(40));
        assertThat(Integer.parseInt(textOf(By.id("equipment-deployed")).strip()), greaterThan(90));
        assertThat(textOf(By.id("licences-spent")), not(is("")));
        for (String chart : new String[] {"training-chart", "licences-chart", "equipment-chart", "requests-chart"}) {
            assertThat(chart, browser().findElements(By.cssSelector("#" + chart + " canvas")), not(empty()));
        }
        int cityTeachers = Integer.parseInt(textOf(By.id("training-teachers")).strip());

        browser().findElement(By.cssSelector("#dashboard-circonscription option[value='0341101M']")).click();
        browser().findElement(By.id("dashboard-apply")).click();
        waiting().until(ExpectedConditions.not(
                ExpectedConditions.textToBe(By.id("training-teachers"), String.valueOf(cityTeachers))));
        assertThat("the demo schools, of 1 to 3 teachers each, are merged",
                browser().findElements(By.cssSelector("#training-rows tbody tr")).size(), is(1));
        assertThat(textOf(By.cssSelector("#training-rows tbody tr")), containsString("Autres écoles"));
        assertThat(textOf(By.id("training-small-groups")), containsString("moins de 5 enseignants"));
    }

    @Test
    void theInspectorSeesTheirCirconscriptionWithoutMoney() {
        login(DemoAccount.INSPECTOR);
        open("/dashboard.xhtml");
        waitFor(By.id("training-teachers"));
        assertThat(browser().findElements(By.id("licences-spent")), is(empty()));
        assertThat(browser().findElements(By.id("equipment-spent")), is(empty()));
        assertThat(browser().findElements(By.cssSelector("#training-rows tbody tr")).size(), is(1));
        assertThat("the year in review without money", browser().findElements(
                By.cssSelector("#review-form .review-table")).size(), is(4));
    }

    @Test
    void anImportedDepartementStaysOutOfBeziersFiltersUntilTheAdministratorWidensThem() {
        assertThat(api.post("/api/schools/import", DemoAccount.ADMIN, "text/csv", Annuaire.bytes()).statusCode(), is(200));
        By alfortville = By.cssSelector("#dashboard-circonscription option[value='0940934E']");
        By centre = By.cssSelector("#dashboard-circonscription option[value='0341101M']");

        login(DemoAccount.COUNCILLOR);
        open("/dashboard.xhtml");
        waitFor(centre);
        assertThat("Val-de-Marne is not Béziers' territory", browser().findElements(alfortville), is(empty()));

        login(DemoAccount.ADMIN);
        open("/dashboard.xhtml");
        waitFor(centre);
        assertThat("the partner cities' territory by default", browser().findElements(alfortville), is(empty()));
        waitFor(By.id("dashboard-whole-base")).click();
        waitFor(alfortville);
    }
}
