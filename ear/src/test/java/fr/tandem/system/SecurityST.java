package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Security seen in the browser: the login page says a username is locked after repeated failures
 * (whether an account has it or not), an admin reads the audit trail with its filters, and the open
 * session of an account an admin deactivates ends at its next page load or Ajax post. On the
 * real runtime (Payara Server as provisioned by bin/system-test-server): no version banner on any
 * kind of answer, the session cookie's SameSite, the bound on JSON bodies. What
 * evaluates scripts (confirmation dialogs, Ajax updates of PrimeFaces and of Faces components)
 * works under the nonce-based content security policy (the browser reports no blocked script:
 * see {@link SystemTestBase}).
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
    void dialogsAndAjaxUpdatesRunUnderTheNoncePolicy() {
        // an Ajax update of a Faces table by a Faces button: a licence notice (a licence about to
        // expire with few seats left, whose reminders are run now) marked as read
        long product = post("/api/licences/products", DemoAccount.CITY_STAFF, Json.createObjectBuilder()
                .add("name", "Rappel " + System.currentTimeMillis() % 1_000_000).add("kind", "SOFTWARE").build())
                .getJsonNumber("id").longValue();
        post("/api/licences", DemoAccount.CITY_STAFF, Json.createObjectBuilder().add("productId", product)
                .add("kind", "PER_SEAT").add("seats", 2).add("lowSeatThreshold", 2)
                .add("validFrom", LocalDate.now().minusMonths(1).toString())
                .add("validUntil", LocalDate.now().plusDays(10).toString()).add("price", "0.00").add("currency", "EUR")
                .add("grantSource", "NONE").add("grantPercent", 0).add("transferable", false).add("renewal", "MANUAL")
                .add("renewalMonths", 12).build());
        assertThat(api.post("/api/licences/reminders/run", DemoAccount.CITY_STAFF, "application/json", new byte[0])
                .statusCode(), is(200));
        login(DemoAccount.CITY_STAFF);
        open("/licences/list.xhtml");
        By unread = By.xpath("//table[@id='notices']//input[@type='submit']");
        List<WebElement> buttons = browser().findElements(unread);
        assertThat("unread notices", buttons.size(), greaterThan(0));
        int before = buttons.size();
        buttons.get(0).click();
        waiting().until(ExpectedConditions.stalenessOf(buttons.get(0)));
        waiting().until(d -> d.findElements(unread).size() == before - 1);
        logout();

        // a confirmation dialog, answered no
        login(DemoAccount.ADMIN);
        open("/admin/accounts.xhtml");
        waitFor(By.xpath("//button[contains(., 'Désactiver')]")).click();
        WebElement dialog = waitFor(By.cssSelector(".ui-confirm-dialog"));
        dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        waiting().until(ExpectedConditions.invisibilityOf(dialog));
        logout();

        // a confirmation dialog, answered yes: the session is cancelled and the list redrawn
        ZonedDateTime day = ZonedDateTime.now(ZoneId.of("Europe/Paris")).plusDays(3).withHour(14).withMinute(0);
        String title = "Session à annuler " + System.currentTimeMillis() % 1_000_000;
        long offer = post("/api/training/offers", DemoAccount.INSPECTOR, Json.createObjectBuilder().add("title", title)
                .add("description", "Essai").add("topic", "ENI").add("category", "OPTIONNELLE")
                .add("nature", "ANIMATION_PEDAGOGIQUE").add("modality", "PRESENTIEL").add("minutesCredited", 60)
                .add("enrolmentOpens", day.minusDays(5).toInstant().toString())
                .add("enrolmentCloses", day.minusDays(1).toInstant().toString()).build()).getJsonNumber("id").longValue();
        post("/api/training/offers/" + offer + "/sessions", DemoAccount.INSPECTOR, Json.createObjectBuilder()
                .add("startsAt", day.toInstant().toString()).add("endsAt", day.plusHours(2).toInstant().toString())
                .add("place", "Salle des essais").add("capacity", 5).build());
        login(DemoAccount.INSPECTOR);
        open("/training/offer.xhtml?id=" + offer);
        clickWhenSettled(By.xpath("//*[@id='sessions']//a[contains(., 'Annuler la session')]"));
        WebElement confirm = waitFor(By.cssSelector(".ui-confirm-dialog"));
        waiting().until(ExpectedConditions.textToBePresentInElement(confirm, "Annuler la session"));
        confirm.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        waiting().until(d -> sessionCancelled(title));
        logout();
    }

    private JsonObject post(String path, DemoAccount account, JsonObject body) {
        HttpResponse<String> created = api.post(path, account, "application/json",
                body.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        return Api.json(created);
    }

    private boolean sessionCancelled(String title) {
        String offers = api.get("/api/training/offers", DemoAccount.INSPECTOR).body();
        return Json.createReader(new StringReader(offers)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("title").equals(title))
                .anyMatch(o -> o.getJsonArray("sessions").getJsonObject(0).getBoolean("cancelled"));
    }

    @Test
    void anAdminReadsTheAuditTrail() {
        login(DemoAccount.ADMIN);
        followMenu("menu-audit");
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

    /** A GET over HTTP/1.1, as browsers speak to a server without TLS (no upgrade to HTTP/2). */
    private HttpResponse<String> http11(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noAnswerNamesTheServerOrItsVersion() {
        String teacher = "Basic " + Base64.getEncoder().encodeToString(
                (DemoAccount.TEACHER.username() + ":" + DemoAccount.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String[][] answers = {{"/login.xhtml", null}, {"/index.xhtml", null}, {"/resources/css/tandem.css", null},
            {"/api/health", null}, {"/api/me", null}, {"/api/me", teacher}, {"/no-such-page.xhtml", null},
            {"/api/no-such-resource", teacher}, {"/", null}};
        for (String[] call : answers) {
            HttpResponse<String> answer = http11(call[0], call[1]);
            String what = call[0] + " " + answer.statusCode() + " " + answer.version();
            assertThat(what, answer.headers().firstValue("Server").orElse(null), nullValue());
            assertThat(what, answer.headers().firstValue("X-Powered-By").orElse(null), nullValue());
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxOnPayaraServer() {
        String session = api.get("/login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
        assertThat(session, notNullValue());
        assertThat(session, containsString("HttpOnly"));
        assertThat(session.replace(" ", "").toLowerCase(), containsString("samesite=lax"));
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413OnPayaraServer() {
        byte[] body = new byte[2 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        byte[] json = "{\"label\":\"trop long\"}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(json, 0, body, 0, json.length);
        HttpResponse<String> refused = api.post("/api/me/tokens", DemoAccount.TEACHER, "application/json", body);
        assertThat(refused.body(), refused.statusCode(), is(413));
        assertThat(refused.body(), containsString("api.body.tooLarge"));
        assertThat(refused.headers().firstValue("Server").orElse(null), nullValue());
        assertThat(refused.body(), not(containsString("Payara")));
    }
}
