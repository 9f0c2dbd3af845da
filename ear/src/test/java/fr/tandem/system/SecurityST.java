package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Security seen in the browser: the login page says a username is locked after repeated failures
 * (whether an account has it or not), an admin reads the audit trail with its filters, and the open
 * session of an account an admin deactivates ends at its next page load or Ajax post.
 */
class SecurityST extends SystemTestBase {

    @Test
    void theLoginPageSaysTooManyAttemptsAfterFiveFailures() {
        String username = "st.nobody" + System.currentTimeMillis() % 1_000_000;
        open("/login.xhtml");
        browser().manage().deleteAllCookies();
        for (int i = 1; i <= 5; i++) {
            open("/login.xhtml");
            type(By.id("username"), username);
            type(By.id("password"), "Wrong-password-" + i);
            browser().findElement(By.id("login")).click();
            String message = textOf(By.id("login-messages"));
            if (i < 5) {
                assertThat(message, containsString("Identifiant ou mot de passe incorrect"));
            } else {
                assertThat(message, containsString("checs de connexion pour cet identifiant"));
                assertThat(message, containsString("15 minutes"));
            }
        }
    }

    @Test
    void anAdminReadsTheAuditTrail() {
        login(DemoAccount.ADMIN);
        waitFor(By.id("menu-audit")).click();
        int everything = numberIn(By.id("audit-total"));
        assertThat(everything, greaterThan(0));
        new Select(waitFor(By.id("audit-type"))).selectByVisibleText("School");
        type(By.id("audit-user"), "system");
        browser().findElement(By.id("audit-search")).click();
        waiting().until(d -> numberIn(By.id("audit-total")) != everything);
        assertThat(numberIn(By.id("audit-total")), greaterThan(0));
        String firstRow = textOf(By.xpath("//tbody[@id='audit-events_data']/tr[1]"));
        assertThat(firstRow, containsString("system"));
        assertThat(firstRow, containsString("School"));
        assertThat(browser().findElements(By.xpath("//tbody[@id='audit-events_data']/tr/td[contains(., 'Modification')]"))
                .isEmpty(), is(true));
    }

    @Test
    void theOpenSessionOfADeactivatedAccountEndsAtItsNextPageLoadAndAjaxPost() {
        String school = Api.json(api.get("/api/me", DemoAccount.TEACHER)).getString("schoolUai");
        String username = "st.ended" + System.currentTimeMillis() % 1_000_000;
        HttpResponse<String> created = api.post("/api/accounts", DemoAccount.ADMIN, "application/json", """
                {"username":"%s","firstName":"Sam","lastName":"Session","email":"sam.session@example.org",
                 "roles":["TEACHER"],"schoolUai":"%s","password":"Motdepasse-2026"}"""
                .formatted(username, school).getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));

        // the next page load
        loginAs(username);
        open("/profile.xhtml");
        waitFor(By.id("profile-username"));
        assertThat(account(username, "deactivation"), is(200));
        open("/profile.xhtml");
        assertThat(textOf(By.id("login-ended")), containsString("Votre session a été fermée : votre compte a été modifié"));
        assertNoStackTrace(visibleText());

        // the next Ajax post: the partial response sends the browser to the login page
        assertThat(account(username, "activation"), is(200));
        loginAs(username);
        open("/profile.xhtml");
        waitFor(By.id("calendar-renew"));
        assertThat(account(username, "deactivation"), is(200));
        browser().findElement(By.id("calendar-renew")).click();
        assertThat(textOf(By.id("login-ended")), containsString("Votre session a été fermée : votre compte a été modifié"));
        assertThat(browser().getCurrentUrl(), containsString("/login.xhtml?ended=true"));
        assertNoStackTrace(visibleText());
    }

    /** Logs in a fresh session through the login page with an account the test created. */
    private void loginAs(String username) {
        open("/login.xhtml");
        browser().manage().deleteAllCookies();
        open("/login.xhtml");
        type(By.id("username"), username);
        type(By.id("password"), "Motdepasse-2026");
        browser().findElement(By.id("login")).click();
        waitFor(By.id("current-user"));
    }

    private int account(String username, String action) {
        return api.post("/api/accounts/" + username + "/" + action, DemoAccount.ADMIN, "application/json", new byte[0])
                .statusCode();
    }
}
