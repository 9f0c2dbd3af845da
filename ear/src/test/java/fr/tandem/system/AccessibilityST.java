package fr.tandem.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * the detail pages: a licence, an equipment item, a contract, the warranties ending, a request, a knowledge-base
 * answer, a grant claim, an offer's page with the enrolments
 * of a session shown, its session dialog, a new offer. Violations of lesser impact are printed, not failed.
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
        violations.addAll(detail("/equipment/contracts.xhtml", "a[href*='/equipment/contract.xhtml?id=']"));
        violations.addAll(detail("/equipment/contracts.xhtml", "a[href*='/equipment/warranties.xhtml']"));
        violations.addAll(detail("/support/queue.xhtml", "a[href*='/support/request.xhtml?id=']"));
        violations.addAll(detail("/support/answers.xhtml", "a[href*='/support/answer.xhtml?id=']"));
        violations.addAll(detail("/plan/list.xhtml", "a[href*='/plan/plan.xhtml?id=']"));
        long claim = GrantClaimData.paidLine(api, "Écrans accessibles").claim();
        violations.addAll(detail("/plan/claims.xhtml", "a[href*='/plan/claim.xhtml?id=" + claim + "']"));

        // an offer's page with a session's enrolments and émargement shown, then its session dialog open
        long[] offerAndSession = offerWithASession();
        open("/training/offer.xhtml?id=" + offerAndSession[0] + "&session=" + offerAndSession[1]);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("enrolments-csv")));
        violations.addAll(scan("admin /training/offer.xhtml (enrolments and attendance shown)"));
        waitFor(By.id("session-new")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("session-dialog")));
        violations.addAll(scan("admin /training/offer.xhtml (session dialog open)"));
        open("/training/offer.xhtml");
        waitFor(By.id("offer-title"));
        violations.addAll(scan("admin /training/offer.xhtml (new offer)"));

        login(DemoAccount.TEACHER);
        violations.addAll(detail("/support/mine.xhtml", "a[href*='/support/request.xhtml?id=']"));
        violations.addAll(detail("/training/catalogue.xhtml", "a[href*='/training/session.xhtml?id=']"));
        login(DemoAccount.INSPECTOR);
        violations.addAll(detail("/training/equipped-untrained.xhtml", "a[href*='/schools/school.xhtml?uai=']"));
        assertNoBlockingViolation(violations);
    }

    /** An offer of the inspector with a session in ten days, made through the REST API: its id and the session's. */
    private long[] offerWithASession() {
        ZonedDateTime day = ZonedDateTime.now(ZoneId.of("Europe/Paris")).plusDays(10).withHour(14).withMinute(0);
        HttpResponse<String> offer = api.post("/api/training/offers", DemoAccount.INSPECTOR, "application/json",
                Json.createObjectBuilder().add("title", "Offre accessible").add("description", "Essai").add("topic", "ENI")
                        .add("category", "OPTIONNELLE").add("nature", "ANIMATION_PEDAGOGIQUE").add("modality", "PRESENTIEL")
                        .add("minutesCredited", 60).add("enrolmentOpens", day.minusDays(20).toInstant().toString())
                        .add("enrolmentCloses", day.minusDays(1).toInstant().toString()).build().toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(201, offer.statusCode(), offer::body);
        long offerId = Api.json(offer).getJsonNumber("id").longValue();
        HttpResponse<String> session = api.post("/api/training/offers/" + offerId + "/sessions", DemoAccount.INSPECTOR,
                "application/json", Json.createObjectBuilder().add("startsAt", day.toInstant().toString())
                        .add("endsAt", day.plusHours(2).toInstant().toString()).add("place", "Salle des essais")
                        .add("capacity", 5).build().toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(201, session.statusCode(), session::body);
        return new long[] {offerId, Api.json(session).getJsonNumber("sessionId").longValue()};
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
