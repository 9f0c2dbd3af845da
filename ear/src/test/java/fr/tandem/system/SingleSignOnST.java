package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Single sign-on through Keycloak with the demo realm ({@code ear/src/keycloak/tandem-realm.json}),
 * which bin/system-test-server starts beside the application ({@code tandem.st.keycloakUrl}, default
 * {@code http://localhost:18180}): a person logs in on Keycloak's own login page and lands in Tandem
 * with the role and school the realm gives; logging out of Tandem ends the Keycloak session too; a
 * deactivated account is refused; the API takes Keycloak's access tokens and refuses forged ones.
 */
class SingleSignOnST extends SystemTestBase {

    private final String keycloakUrl =
            System.getProperty("tandem.st.keycloakUrl", "http://localhost:18180").replaceAll("/+$", "");

    @Test
    void teacherLogsInThroughKeycloakAndLogoutEndsBothSessions() {
        loginThroughKeycloak("sso.enseignante");
        waitFor(By.id("current-user"));

        open("/profile.xhtml");
        String profile = textOf(By.id("main"));
        assertThat(textOf(By.id("profile-username")), is("sso.enseignante"));
        assertThat(profile, containsString("Enseignant·e"));
        assertThat(profile, not(containsString("Direction d'école")));
        assertThat(profile, containsString("École élémentaire Marie Curie (démo) (0349102J)"));
        assertThat(profile, containsString("75 %"));

        logout();
        waiting().until(driver -> driver.getCurrentUrl().startsWith(baseUrl + "/login.xhtml"));
        assertThat(browser().findElements(By.id("current-user")), is(empty()));

        // Keycloak's session ended too: it asks for the password again instead of signing in at once
        open("/sso/login");
        waitFor(By.id("kc-login"));
        assertThat(browser().getCurrentUrl(), startsWith(keycloakUrl + "/realms/tandem/"));
    }

    @Test
    void cityStaffGroupGivesTheRequestQueueAndNoAdministration() {
        loginThroughKeycloak("sso.dsi");
        waitFor(By.id("current-user"));

        assertThat(browser().findElements(By.cssSelector("#main-menu #menu-request-queue")), not(empty()));
        assertThat(fetchInBrowser("/support/queue.xhtml").status(), is(200));
        PageResponse accounts = fetchInBrowser("/admin/accounts.xhtml");
        assertThat(accounts.status(), is(403));
        assertNoStackTrace(accounts.text());
    }

    @Test
    void deactivatedAccountIsRefused() {
        // a run against a kept database (./tandem run --sso) finds him deactivated by the last run
        assertThat(api.post("/api/accounts/sso.ancien/activation", DemoAccount.ADMIN, "application/json",
                new byte[0]).statusCode(), is(oneOf(200, 404)));
        loginThroughKeycloak("sso.ancien");
        waitFor(By.id("current-user"));

        HttpResponse<String> deactivation = api.post("/api/accounts/sso.ancien/deactivation", DemoAccount.ADMIN,
                "application/json", new byte[0]);
        assertThat(deactivation.statusCode(), is(200));

        loginThroughKeycloak("sso.ancien");
        String refusal = textOf(By.id("login-sso-failed"));
        assertThat(refusal, containsString("désactivé"));
        assertThat(browser().getCurrentUrl(), startsWith(baseUrl + "/login.xhtml"));
        assertThat(browser().findElements(By.id("current-user")), is(empty()));
        assertNoStackTrace(visibleText());
    }

    @Test
    void apiTakesKeycloakAccessTokensAndRefusesForgedOnes() {
        // the head teacher's account comes from his first single sign-on
        loginThroughKeycloak("sso.directeur");
        waitFor(By.id("current-user"));
        String token = accessToken("sso.directeur");

        HttpResponse<String> me = api.get("/api/me", "Bearer " + token);
        assertThat(me.statusCode(), is(200));
        JsonObject caller = Api.json(me);
        assertThat(caller.getString("username"), is("sso.directeur"));
        assertThat(caller.getJsonArray("roles").getValuesAs(JsonString::getString), hasItem("HEAD_TEACHER"));

        String[] parts = token.split("\\.");
        String signature = parts[2];
        int middle = signature.length() / 2;
        String changedSignature = signature.substring(0, middle) + (signature.charAt(middle) == 'A' ? 'B' : 'A')
                + signature.substring(middle + 1);
        assertThat(api.get("/api/me", "Bearer " + parts[0] + "." + parts[1] + "." + changedSignature).statusCode(),
                is(401));

        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String asAdmin = payload.replace("\"preferred_username\":\"sso.directeur\"", "\"preferred_username\":\"admin\"");
        assertThat(asAdmin, containsString("\"admin\""));
        String changedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(asAdmin.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> forged = api.get("/api/me", "Bearer " + parts[0] + "." + changedPayload + "." + parts[2]);
        assertThat(forged.statusCode(), is(401));
        assertNoStackTrace(forged.body());
    }

    /**
     * Starts a single sign-on from Tandem's login page with no session anywhere (the cookies of
     * Tandem and of Keycloak cleared) and signs in on Keycloak's login form.
     */
    private void loginThroughKeycloak(String username) {
        ((HasCdp) browser()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        open("/login.xhtml");
        waitFor(By.id("sso-login")).click();
        waitFor(By.id("kc-login"));
        assertThat(browser().getCurrentUrl(), startsWith(keycloakUrl + "/realms/tandem/"));
        type(By.id("username"), username);
        type(By.id("password"), DemoAccount.PASSWORD);
        browser().findElement(By.id("kc-login")).click();
    }

    /** An access token of the realm's test client (direct grant), whose audience includes Tandem. */
    private String accessToken(String username) {
        String form = Map.of("grant_type", "password", "client_id", "tandem-cli", "username", username,
                        "password", DemoAccount.PASSWORD).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/tandem/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.body(), response.statusCode(), is(200));
            return Api.json(response).getString("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
        }
    }
}
