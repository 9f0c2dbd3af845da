package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No page scrolls sideways on a phone (WCAG 1.4.10, 390 CSS px): for every demo account, every page
 * of its menu, then the detail pages (a school, an account, a licence, an equipment item, a contract,
 * the warranties ending, a request, a training offer, a knowledge-base answer, a session and a grant claim), each opened in a
 * 390 px window. Every page is checked before the
 * test fails, so that one run names every page that overflows and the elements that reach past the
 * edge. On a phone the menu folds behind a menu button.
 */
class PhoneST extends SystemTestBase {

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void noMenuPageScrollsSidewaysOnAPhone(DemoAccount account) {
        login(account);
        Set<String> pages = browser().findElements(By.cssSelector("nav#main-menu a[href]")).stream()
                .map(a -> a.getAttribute("href"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> failures = onPhone(() -> {
            List<String> found = new ArrayList<>();
            for (String page : pages) {
                browser().get(page);
                check(account.username() + " " + page.replace(baseUrl, ""), found);
            }
            return found;
        });
        assertThat("pages that scroll sideways at 390 px", failures, is(empty()));
    }

    @Test
    void noDetailPageScrollsSidewaysOnAPhone() {
        List<String> failures = new ArrayList<>();
        login(DemoAccount.ADMIN);
        detail("/schools/list.xhtml", "a[href*='/schools/edit.xhtml?']", failures);
        detail("/admin/accounts.xhtml", "a[href*='/admin/account.xhtml?']", failures);
        detail("/licences/list.xhtml", "a[href*='/licences/licence.xhtml?id=']", failures);
        detail("/equipment/list.xhtml", "a[href*='/equipment/item.xhtml?id=']", failures);
        detail("/equipment/contracts.xhtml", "a[href*='/equipment/contract.xhtml?id=']", failures);
        detail("/equipment/contracts.xhtml", "a[href*='/equipment/warranties.xhtml']", failures);
        detail("/support/queue.xhtml", "a[href*='/support/request.xhtml?id=']", failures);
        detail("/training/offers.xhtml", "a[href*='/training/offer.xhtml?id=']", failures);
        detail("/support/answers.xhtml", "a[href*='/support/answer.xhtml?id=']", failures);
        detail("/schools/list.xhtml", "a[href*='/schools/school.xhtml?uai=']", failures);
        detail("/equipment/audits.xhtml", "a[href*='/equipment/audit.xhtml?id=']", failures);
        detail("/plan/list.xhtml", "a[href*='/plan/plan.xhtml?id=']", failures);
        long claim = GrantClaimData.paidLine(api, "Écrans pour le téléphone").claim();
        detail("/plan/claims.xhtml", "a[href*='/plan/claim.xhtml?id=" + claim + "']", failures);

        login(DemoAccount.CITY_STAFF);
        open("/equipment/audits.xhtml");
        waitFor(By.cssSelector("a[href*='/equipment/audit.xhtml?id=']")).click();
        detail(browser().getCurrentUrl().replace(baseUrl, ""), "a[href*='/equipment/audit-scan.xhtml?']", failures);
        login(DemoAccount.INSPECTOR);
        detail("/schools/list.xhtml", "a[href*='/schools/school.xhtml?uai=']", failures);
        detail("/training/equipped-untrained.xhtml", "a[href*='/schools/school.xhtml?uai=']", failures);
        detail("/training/equipped-untrained.xhtml", "a[href*='/training/offer.xhtml?id=']", failures);
        login(DemoAccount.HEAD_TEACHER);
        detail("/schools/list.xhtml", "a[href*='/schools/school.xhtml?uai=']", failures);

        login(DemoAccount.TEACHER);
        detail("/support/mine.xhtml", "a[href*='/support/request.xhtml?id=']", failures);
        detail("/training/catalogue.xhtml", "a[href*='/training/session.xhtml?id=']", failures);
        detail("/equipment/kits.xhtml", "a[href*='/equipment/kit.xhtml?id=']", failures);
        assertThat("pages that scroll sideways at 390 px", failures, is(empty()));
    }

    @Test
    void thePagesOutsideTheMenuFitAPhone() {
        List<String> failures = new ArrayList<>();
        open("/login.xhtml");
        browser().manage().deleteAllCookies();
        onPhone(() -> {
            open("/login.xhtml");
            waitFor(By.id("username"));
            check("/login.xhtml", failures);
            return null;
        });
        login(DemoAccount.ADMIN);
        onPhone(() -> {
            open("/no-such-page.xhtml");
            check("the page-not-found page", failures);
            open("/schools/edit.xhtml");
            check("/schools/edit.xhtml (a new school)", failures);
            open("/admin/account.xhtml");
            check("/admin/account.xhtml (a new account)", failures);
            return null;
        });
        assertThat("pages that scroll sideways at 390 px", failures, is(empty()));
    }

    @Test
    void theMenuFoldsBehindAButtonOnAPhone() {
        login(DemoAccount.ADMIN);
        onPhone(() -> {
            open("/index.xhtml");
            WebElement button = waitFor(By.id("menu-toggle"));
            assertThat("the menu is folded", browser().findElement(By.id("menu-accounts")).isDisplayed(), is(false));
            assertThat(button.getAttribute("aria-expanded"), is("false"));
            button.click();
            WebElement section = waitFor(By.id("menu-section-admin"));
            assertThat("the menu's sections are shown", section.getAttribute("aria-expanded"), is("false"));
            section.click();
            waitFor(By.id("menu-accounts")).click();
            waiting().until(ExpectedConditions.urlContains("/admin/accounts.xhtml"));
            waitFor(By.id("main"));
            assertNoSidewaysScroll("the accounts page reached from the phone menu");
            return null;
        });
    }

    /** Opens a list page, follows its first link to a detail page and checks that page at 390 px. */
    private void detail(String listPage, String linkSelector, List<String> failures) {
        open(listPage);
        waitFor(By.id("main"));
        waitForAjaxControls();
        List<WebElement> links = browser().findElements(By.cssSelector(linkSelector));
        if (links.isEmpty()) {
            failures.add(listPage + " shows no link " + linkSelector + " to a detail page to check");
            return;
        }
        String href = links.get(0).getAttribute("href");
        onPhone(() -> {
            browser().get(href);
            check(href.replace(baseUrl, ""), failures);
            return null;
        });
    }

    /** Waits for the page, then records a failure when it scrolls sideways. */
    private void check(String page, List<String> failures) {
        waitFor(By.tagName("h1"));
        waitForAjaxControls();
        try {
            assertNoSidewaysScroll(page);
        } catch (AssertionError overflow) {
            failures.add(overflow.getMessage());
            System.out.println("[phone] " + overflow.getMessage());
        }
    }
}
