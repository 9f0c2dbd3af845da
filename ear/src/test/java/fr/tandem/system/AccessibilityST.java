package fr.tandem.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * RGAA (WCAG 2.1 AA): axe-core finds no serious or critical violation on the login page, on every
 * page each demo role opens from its menu ({@code nav#main-menu}, the profile page included), and on
 * the detail pages: a licence, an equipment item, a request, the training offers with the enrolments
 * of a session shown. Violations of lesser impact are printed, not failed.
 */
class AccessibilityST extends SystemTestBase {

    /** Every violation seen by this class, for the summary printed at the end. */
    private final List<Axe.Violation> seen = new ArrayList<>();
    private int pagesScanned;

    @Test
    void theLoginPage() {
        open("/login.xhtml");
        browser().manage().deleteAllCookies();
        open("/login.xhtml");
        waitFor(By.id("username"));
        assertNoBlockingViolation(scan("login"));
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void everyMenuPageOfTheRole(DemoAccount account) {
        login(account);
        Set<String> pages = browser().findElements(By.cssSelector("nav#main-menu a[href]")).stream()
                .map(a -> a.getAttribute("href"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Axe.Violation> violations = new ArrayList<>();
        for (String page : pages) {
            browser().get(page);
            waitFor(By.id("main"));
            violations.addAll(scan(account.username() + " " + page.replace(baseUrl, "")));
        }
        assertNoBlockingViolation(violations);
    }

    @Test
    void theDetailPages() {
        login(DemoAccount.ADMIN);
        List<Axe.Violation> violations = new ArrayList<>();
        violations.addAll(detail("/licences/list.xhtml", "a[href*='/licences/licence.xhtml?id=']"));
        violations.addAll(detail("/equipment/list.xhtml", "a[href*='/equipment/item.xhtml?id=']"));
        violations.addAll(detail("/support/queue.xhtml", "a[href*='/support/request.xhtml?id=']"));

        open("/training/offers.xhtml");
        waitFor(By.cssSelector(".enrolments-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("enrolments-csv")));
        violations.addAll(scan("admin /training/offers.xhtml (enrolments shown)"));

        login(DemoAccount.TEACHER);
        violations.addAll(detail("/support/mine.xhtml", "a[href*='/support/request.xhtml?id=']"));
        violations.addAll(detail("/training/catalogue.xhtml", "a[href*='/training/session.xhtml?id=']"));
        assertNoBlockingViolation(violations);
    }

    /** Opens a list page, follows its first link to a detail page and scans that page. */
    private List<Axe.Violation> detail(String listPage, String linkSelector) {
        open(listPage);
        WebElement link = waitFor(By.cssSelector(linkSelector));
        browser().get(link.getAttribute("href"));
        waitFor(By.id("main"));
        return scan(browser().getCurrentUrl().replace(baseUrl, ""));
    }

    private List<Axe.Violation> scan(String page) {
        // a control dimmed while its Ajax request ends would be measured below the contrast ratio
        waitForAjaxControls();
        List<Axe.Violation> found = Axe.scan(browser(), page);
        pagesScanned++;
        seen.addAll(found);
        found.forEach(v -> System.out.println("[axe] " + v));
        return found;
    }

    private static void assertNoBlockingViolation(List<Axe.Violation> violations) {
        List<Axe.Violation> blocking = violations.stream().filter(Axe.Violation::blocking).toList();
        assertTrue(blocking.isEmpty(), () -> blocking.size() + " serious or critical accessibility violations:\n"
                + blocking.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n")));
    }

    @AfterAll
    void printSummary() {
        Map<String, Long> byImpact = seen.stream()
                .collect(Collectors.groupingBy(Axe.Violation::impact, TreeMap::new, Collectors.counting()));
        System.out.println("[axe] pages scanned: " + pagesScanned + ", violations (rule x page) by impact: " + byImpact);
    }
}
