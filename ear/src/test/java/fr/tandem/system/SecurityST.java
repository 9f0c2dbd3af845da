package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Security seen in the browser: the login page says a username is locked after repeated failures
 * (whether an account has it or not), and an admin reads the audit trail with its filters.
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
}
