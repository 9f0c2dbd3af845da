package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Web security on Payara Micro: security headers on pages, API and static resources, and the
 * nonce-based content security policy of pages (their error pages too); the form
 * login changes the session id and its cookie never authenticates an API call; repeated failures
 * lock a username (existing or not) for Basic and form login alike; password rules; the session
 * cookie's attributes; the bound on JSON bodies; no Basic challenge to browsers and no
 * state-changing API call from another site.
 */
class SecurityIT extends ApiTestBase {

    private static final Pattern VIEW_STATE = PageBrowser.VIEW_STATE;
    private static final Pattern NONCE_FIELD = PageBrowser.NONCE_FIELD;
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern HANDLER_ATTRIBUTE = Pattern.compile("<[^>]*\\son[a-z]+=\"[^>]*>");


    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String what = response.uri() + " " + response.statusCode();
        assertThat(what, response.headers().firstValue("Content-Security-Policy").orElse(""),
                containsString("frame-ancestors 'none'"));
        assertThat(what, response.headers().firstValue("Content-Security-Policy").orElse(""),
                containsString("object-src 'none'"));
        assertThat(what, response.headers().firstValue("X-Content-Type-Options").orElse(null), is("nosniff"));
        assertThat(what, response.headers().firstValue("X-Frame-Options").orElse(null), is("DENY"));
        assertThat(what, response.headers().firstValue("Referrer-Policy").orElse(null), is("no-referrer"));
        assertThat(what, response.headers().firstValue("Permissions-Policy").orElse(""), containsString("camera=()"));
        // plain HTTP here: no HSTS
        assertThat(what, response.headers().firstValue("Strict-Transport-Security").orElse(null), nullValue());
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        PageBrowser browser = new PageBrowser(url);
        HttpResponse<String> page = browser.get("login.xhtml");
        assertThat(page.statusCode(), is(200));
        assertSecurityHeaders(page);
        HttpResponse<String> css = browser.get("resources/css/tandem.css");
        assertThat(css.statusCode(), is(200));
        assertSecurityHeaders(css);
        HttpResponse<String> facesResource = browser.get("jakarta.faces.resource/core.js.xhtml?ln=primefaces");
        assertThat(facesResource.statusCode(), is(200));
        assertSecurityHeaders(facesResource);
        HttpResponse<String> health = browser.get("api/health");
        assertThat(health.statusCode(), is(200));
        assertSecurityHeaders(health);
        HttpResponse<String> refused = browser.get("api/me");
        assertThat(refused.statusCode(), is(401));
        assertSecurityHeaders(refused);
        HttpResponse<String> toLogin = browser.get("index.xhtml");
        assertThat(toLogin.statusCode(), is(302));
        assertSecurityHeaders(toLogin);
        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(browser.uri("api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("dsi:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build());
        assertThat(api.statusCode(), is(200));
        assertSecurityHeaders(api);
    }

    @Test
    void theFormLoginChangesTheSessionIdAndItsCookieNeverOpensTheApi() {
        PageBrowser browser = new PageBrowser(url);
        browser.get("login.xhtml");
        String before = browser.sessionId();
        assertThat(before, notNullValue());
        HttpResponse<String> loggedIn = browser.login("admin", PASSWORD);
        assertThat(loggedIn.body(), loggedIn.statusCode(), is(302));
        assertThat(browser.sessionId(), not(before));

        HttpResponse<String> auditPage = browser.get("admin/audit.xhtml");
        assertThat(auditPage.statusCode(), is(200));
        assertThat(auditPage.body(), containsString("Journal des modifications"));
        assertThat(auditPage.body(), containsString("id=\"menu-audit\""));

        // the same cookie on the REST API: no authentication (so no cross-site request forgery there)
        HttpResponse<String> api = browser.get("api/me");
        assertThat(api.statusCode(), is(401));
        assertThat(browser.get("api/audit").statusCode(), is(401));

        PageBrowser teacher = new PageBrowser(url);
        assertThat(teacher.login("enseignant", PASSWORD).statusCode(), is(302));
        assertThat(teacher.get("admin/audit.xhtml").statusCode(), is(403));
        assertThat(teacher.get("index.xhtml").body(), not(containsString("id=\"menu-audit\"")));
    }

    @Test
    void repeatedFailuresLockTheUsernameWhetherItExistsOrNot() {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String account = """
                {"username":"%s","firstName":"Léa","lastName":"Verrou","email":"lea.verrou@example.org",
                 "roles":["TEACHER"],"schoolUai":"%s","workingTimePercent":100,"password":"Motdepasse-2026"}""";
        String locked = "lock.a." + System.nanoTime() % 100000;
        String other = "lock.b." + System.nanoTime() % 100000;
        Api admin = new Api(url).as("admin", PASSWORD);
        assertThat(admin.postJson("api/accounts", account.formatted(locked, school)).status(), is(201));
        assertThat(admin.postJson("api/accounts", account.formatted(other, school)).status(), is(201));

        for (int i = 1; i <= 4; i++) {
            assertThat("failure " + i, api.as(locked, "Wrong-password-" + i).get("api/me").status(), is(401));
        }
        Api.Reply fifth = api.as(locked, "Wrong-password-5").get("api/me");
        assertThat(fifth.status(), is(429));
        assertThat(fifth.contentType(), startsWith("application/problem+json"));
        assertThat(fifth.json().getString("detail"), containsString("réessayez dans 15 minute"));
        // locked: even the right password is refused, with a Retry-After
        PageBrowser browser = new PageBrowser(url);
        HttpResponse<String> right = browser.send(HttpRequest.newBuilder(browser.uri("api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((locked + ":Motdepasse-2026").getBytes(StandardCharsets.UTF_8))).GET().build());
        assertThat(right.statusCode(), is(429));
        long retryAfter = Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter > 800 && retryAfter <= 900, is(true));
        // and on the login page too, with a message that does not tell whether the account exists
        HttpResponse<String> page = browser.login(locked, "Motdepasse-2026");
        assertThat(page.statusCode(), is(200));
        assertThat(page.body(), containsString("checs de connexion pour cet identifiant"));

        // another username is not affected
        assertThat(api.as(other, "Motdepasse-2026").get("api/me").status(), is(200));

        // a username nobody has is locked just the same
        String nobody = "nobody." + System.nanoTime() % 100000;
        PageBrowser guesser = new PageBrowser(url);
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> failed = guesser.login(nobody, "Wrong-password-" + i);
            assertThat(failed.statusCode(), is(200));
            assertThat(failed.body(), containsString("Identifiant ou mot de passe incorrect"));
        }
        assertThat(guesser.login(nobody, "Wrong-password-5").body(), containsString("checs de connexion pour cet identifiant"));
        assertThat(api.as(nobody, "Wrong-password-6").get("api/me").status(), is(429));

        // a successful login forgets earlier failures
        for (int i = 1; i <= 4; i++) {
            api.as(other, "Wrong-password-" + i).get("api/me");
        }
        assertThat(api.as(other, "Motdepasse-2026").get("api/me").status(), is(200));
        assertThat(api.as(other, "Wrong-password-5").get("api/me").status(), is(401));
    }

    @Test
    void passwordsAreCheckedWhereverTheyAreSet() {
        String school = api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String username = "regles." + System.nanoTime() % 100000;
        String account = """
                {"username":"%s","firstName":"Rémi","lastName":"Règles","email":"remi.regles@example.org",
                 "roles":["TEACHER"],"schoolUai":"%s","workingTimePercent":100,"password":"%s"}""";
        Api admin = api.as("admin", PASSWORD);
        Api.Reply tooShort = admin.postJson("api/accounts", account.formatted(username, school, "Tandem-2026"));
        assertThat(tooShort.status(), is(400));
        assertThat(tooShort.json().getString("detail"), containsString("au moins 12 caractères"));
        Api.Reply sameAsName = admin.postJson("api/accounts", account.formatted(username, school, username + "-2026"));
        assertThat(sameAsName.status(), is(400));
        assertThat(sameAsName.json().getString("detail"), containsString("identifiant"));
        Api.Reply common = admin.inLanguage("en").postJson("api/accounts", account.formatted(username, school,
                "Azertyuiop123"));
        assertThat(common.status(), is(400));
        assertThat(common.json().getString("detail"), containsString("most common"));
        assertThat(admin.inLanguage("fr").get("api/accounts/" + username).status(), is(404));

        assertThat(admin.postJson("api/accounts", account.formatted(username, school, "Motdepasse-2026")).status(),
                is(201));
        Api.Reply reset = admin.putJson("api/accounts/" + username, account.formatted(username, school, "123456789012"));
        assertThat(reset.status(), is(400));
        assertThat(reset.json().getString("detail"), containsString("plus courants"));
        // the demo password (11 characters) still opens the demo accounts: rules apply when a password is set
        assertThat(api.as("dsi", PASSWORD).get("api/me").status(), is(200));
    }

    /** Creates a teacher account through the API and returns its username. */
    private String teacher(String prefix, String password) {
        String school = new Api(url).as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        String username = prefix + System.nanoTime() % 100000;
        Api.Reply created = new Api(url).as("admin", PASSWORD).postJson("api/accounts", teacherJson(username, school,
                "\"TEACHER\"", password));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private static String teacherJson(String username, String school, String roles, String password) {
        return """
                {"username":"%s","firstName":"Sam","lastName":"Session","email":"sam.session@example.org",
                 "roles":[%s],"schoolUai":"%s","workingTimePercent":100%s}"""
                .formatted(username, roles, school, password == null ? "" : ",\"password\":\"" + password + "\"");
    }

    /** The browser's next page load ends on the login page, which says why. */
    private static void assertPageLoadEndsOnLogin(PageBrowser browser) {
        HttpResponse<String> page = browser.get("profile.xhtml");
        assertThat(page.body(), page.statusCode(), is(302));
        String location = page.headers().firstValue("Location").orElse("");
        assertThat(location, containsString("/login.xhtml?ended=true"));
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(location))
                .header("Accept-Language", "fr").GET().build());
        assertThat(login.statusCode(), is(200));
        assertThat(login.body(), containsString("Votre session a été fermée : votre compte a été modifié"));
        assertThat(browser.get("profile.xhtml").statusCode(), is(302));
    }

    /** The browser's next Faces Ajax post gets a partial response that sends it to the login page. */
    private static void assertAjaxPostEndsOnLogin(PageBrowser browser, HttpResponse<String> answer) {
        assertThat(answer.body(), answer.statusCode(), is(200));
        assertThat(answer.headers().firstValue("Content-Type").orElse(""), startsWith("text/xml"));
        assertThat(answer.body(), containsString("<partial-response"));
        assertThat(answer.body(), containsString("<redirect url=\""));
        assertThat(answer.body(), containsString("/login.xhtml?ended=true\""));
        assertThat(answer.body(), not(containsString("Exception")));
        assertThat(browser.get("profile.xhtml").statusCode(), is(302));
    }

    @Test
    void anAdminChangeEndsTheOpenPageSessionsOfTheAccountAtOnce() {
        String username = teacher("ended.", "Motdepasse-2026");
        String school = new Api(url).as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
        Api admin = new Api(url).as("admin", PASSWORD);

        // deactivation: the next page load ends on the login page, and so does the next Ajax post
        PageBrowser loading = new PageBrowser(url);
        PageBrowser posting = new PageBrowser(url);
        assertThat(loading.login(username, "Motdepasse-2026").statusCode(), is(302));
        assertThat(posting.login(username, "Motdepasse-2026").statusCode(), is(302));
        assertThat(loading.get("profile.xhtml").statusCode(), is(200));
        HttpResponse<String> before = posting.get("profile.xhtml");
        assertThat(before.statusCode(), is(200));
        Matcher state = VIEW_STATE.matcher(before.body());
        assertThat(state.find(), is(true));
        assertThat(admin.post("api/accounts/" + username + "/deactivation", "application/json", new byte[0]).status(),
                is(200));
        assertPageLoadEndsOnLogin(loading);
        assertAjaxPostEndsOnLogin(posting, posting.send(HttpRequest.newBuilder(posting.uri("profile.xhtml"))
                .header("Faces-Request", "partial/ajax").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true&jakarta.faces.source="
                        + "calendar-renew&jakarta.faces.partial.execute=calendar-form&calendar-form=calendar-form"
                        + "&calendar-renew=calendar-renew&jakarta.faces.ViewState="
                        + PageBrowser.encode(state.group(1).replace("&#58;", ":")))).build()));
        assertThat(admin.post("api/accounts/" + username + "/activation", "application/json", new byte[0]).status(),
                is(200));

        // a change of roles
        PageBrowser roles = new PageBrowser(url);
        assertThat(roles.login(username, "Motdepasse-2026").statusCode(), is(302));
        assertThat(roles.get("profile.xhtml").statusCode(), is(200));
        Api.Reply promoted = admin.putJson("api/accounts/" + username,
                teacherJson(username, school, "\"TEACHER\",\"HEAD_TEACHER\"", null));
        assertThat(promoted.body(), promoted.status(), is(200));
        assertPageLoadEndsOnLogin(roles);

        // a change of name only leaves the session alone
        PageBrowser kept = new PageBrowser(url);
        assertThat(kept.login(username, "Motdepasse-2026").statusCode(), is(302));
        Api.Reply renamed = admin.putJson("api/accounts/" + username, teacherJson(username, school,
                "\"TEACHER\",\"HEAD_TEACHER\"", null).replace("Session", "Séance"));
        assertThat(renamed.body(), renamed.status(), is(200));
        assertThat(kept.get("profile.xhtml").statusCode(), is(200));

        // a password reset by an admin: the next Ajax post ends on the login page
        Api.Reply reset = admin.putJson("api/accounts/" + username, teacherJson(username, school,
                "\"TEACHER\",\"HEAD_TEACHER\"", "Nouveau-motdepasse-2026"));
        assertThat(reset.body(), reset.status(), is(200));
        HttpResponse<String> afterReset = kept.send(HttpRequest.newBuilder(kept.uri("profile.xhtml"))
                .header("Faces-Request", "partial/ajax").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true")).build());
        assertAjaxPostEndsOnLogin(kept, afterReset);
        assertThat(kept.login(username, "Nouveau-motdepasse-2026").statusCode(), is(302));
        assertThat(kept.get("profile.xhtml").statusCode(), is(200));
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndRevokesTheTokensButKeepsThisSession() {
        String username = teacher("own.", "Motdepasse-2026");
        PageBrowser here = new PageBrowser(url);
        PageBrowser elsewhere = new PageBrowser(url);
        assertThat(here.login(username, "Motdepasse-2026").statusCode(), is(302));
        assertThat(elsewhere.login(username, "Motdepasse-2026").statusCode(), is(302));
        assertThat(elsewhere.get("profile.xhtml").statusCode(), is(200));
        Api.Reply token = new Api(url).as(username, "Motdepasse-2026").postJson("api/me/tokens", "{\"label\":\"script\"}");
        assertThat(token.body(), token.status(), is(201));
        String secret = token.json().getString("secret");
        assertThat(new Api(url).withToken(secret).get("api/me").status(), is(200));

        // a token made on the profile page, for 30 days (the page offers a year first)
        HttpResponse<String> profile = here.get("profile.xhtml");
        assertThat(Pattern.compile("<option value=\"365\"[^>]*selected").matcher(profile.body()).find(), is(true));
        HttpResponse<String> pageToken = here.ajax("profile.xhtml", "tokens-form", "token-create",
                "token-label", "depuis la page", "token-days_input", "30");
        assertThat(pageToken.body(), containsString("Expire le"));
        JsonObject listed = new Api(url).as(username, "Motdepasse-2026").get("api/me/tokens").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("label").equals("depuis la page"))
                .findFirst().orElseThrow();
        Duration life = Duration.between(Instant.parse(listed.getString("createdAt")),
                Instant.parse(listed.getString("expiresAt")));
        assertThat(life.toString(), Duration.ofDays(30).minus(life).abs().compareTo(Duration.ofSeconds(1)) < 0, is(true));

        HttpResponse<String> changed = here.ajax("profile.xhtml", "password-form", "password-change",
                "current-password", "Motdepasse-2026", "new-password", "Autre-motdepasse-2026");
        assertThat(changed.body(), changed.statusCode(), is(200));
        assertThat(changed.body(), not(containsString("<redirect")));

        HttpResponse<String> stillHere = here.get("profile.xhtml");
        assertThat(stillHere.body(), stillHere.statusCode(), is(200));
        // this session goes on, and shows the calendar-feed address it creates once
        HttpResponse<String> feed = here.ajax("profile.xhtml", "calendar-form", "calendar-renew");
        assertThat(feed.body(), not(containsString("<redirect")));
        assertThat(feed.body(), containsString("id=\"calendar-url\""));
        assertThat(feed.body(), containsString("/api/calendar/"));
        assertThat(feed.body(), containsString("elle ne sera plus affichée"));
        assertThat(here.get("profile.xhtml").body(), containsString("id=\"calendar-hidden\""));
        assertPageLoadEndsOnLogin(elsewhere);
        assertThat(new Api(url).withToken(secret).get("api/me").status(), is(401));
        assertThat(new Api(url).as(username, "Autre-motdepasse-2026").get("api/me/tokens").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().allMatch(t -> t.getBoolean("revoked")), is(true));
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string value of {@code size} bytes in a token request: valid JSON, far too long. */
    private static byte[] jsonOf(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        byte[] start = "{\"label\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413WithOrWithoutItsLength() {
        PageBrowser client = new PageBrowser(url);
        byte[] twoMebibytes = jsonOf(2 * 1024 * 1024);
        HttpResponse<String> withLength = client.send(HttpRequest.newBuilder(client.uri("api/me/tokens"))
                .header("Authorization", basic("enseignant")).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(twoMebibytes)).build());
        assertThat(withLength.body(), withLength.statusCode(), is(413));
        assertThat(withLength.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
        assertThat(withLength.body(), containsString("\"code\":\"api.body.tooLarge\""));
        assertThat(withLength.body(), containsString("1024 KiB"));
        // chunked: no Content-Length, the server counts while it reads
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(client.uri("api/me/tokens"))
                .header("Authorization", basic("enseignant")).header("Accept-Language", "fr")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMebibytes))).build());
        assertThat(chunked.body(), chunked.statusCode(), is(413));
        assertThat(chunked.body(), containsString("\"code\":\"api.body.tooLarge\""));
        assertThat(chunked.body(), containsString("Ko"));
        // a body under the limit still goes through
        assertThat(api.as("enseignant", PASSWORD).postJson("api/me/tokens", "{\"label\":\"sous la limite\"}").status(),
                is(201));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = new PageBrowser(url).get("login.xhtml");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
        assertThat(cookies.toString(), session, notNullValue());
        assertThat(session, containsString("HttpOnly"));
        assertThat(session.replace(" ", "").toLowerCase(), containsString("samesite=lax"));
        // plain HTTP here: not Secure (the browser would not send it back)
        assertThat(session.toLowerCase(), not(containsString("secure;")));
        assertThat(session.toLowerCase().endsWith("secure"), is(false));
    }

    @Test
    void browsersGetNoBasicChallengeScriptsDo() {
        PageBrowser browser = new PageBrowser(url);
        HttpResponse<String> navigation = browser.send(HttpRequest.newBuilder(browser.uri("api/me"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
        assertThat(navigation.statusCode(), is(401));
        assertThat(navigation.headers().firstValue("WWW-Authenticate").orElse(""), not(startsWith("Basic")));
        HttpResponse<String> fetch = browser.send(HttpRequest.newBuilder(browser.uri("api/me"))
                .header("Sec-Fetch-Mode", "cors").header("Sec-Fetch-Site", "same-origin").GET().build());
        assertThat(fetch.statusCode(), is(401));
        assertThat(fetch.headers().firstValue("WWW-Authenticate").orElse(""), not(startsWith("Basic")));
        assertThat(fetch.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
        // a script (curl, the Api client of these tests) still gets the challenge
        assertThat(api.anonymous().get("api/me").challenge(), startsWith("Basic"));
    }

    @Test
    void stateChangingApiCallsFromAnotherSiteAreRefused() {
        PageBrowser client = new PageBrowser(url);
        String own = client.uri("").toString().replaceAll("^(https?://[^/]+).*$", "$1");
        String body = "{\"label\":\"jeton d'un autre site\"}";
        for (String[] header : new String[][] {{"Origin", "https://evil.example"}, {"Origin", "null"},
                {"Sec-Fetch-Site", "cross-site"}, {"Sec-Fetch-Site", "same-site"}}) {
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri("api/me/tokens"))
                    .header("Authorization", basic("enseignant")).header("Content-Type", "application/json")
                    .header(header[0], header[1]).POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(header[0] + ": " + header[1] + " " + refused.body(), refused.statusCode(), is(403));
            assertThat(refused.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
            assertThat(refused.body(), containsString("\"code\":\"api.crossSite\""));
        }
        HttpResponse<String> cancelled = client.send(HttpRequest.newBuilder(client.uri("api/me/tokens/1"))
                .header("Authorization", basic("enseignant")).header("Origin", "https://evil.example").DELETE().build());
        assertThat(cancelled.statusCode(), is(403));
        // nothing was created
        assertThat(api.as("enseignant", PASSWORD).get("api/me/tokens").body(), not(containsString("autre site")));
        // reading from another site is not a change: answered as before
        HttpResponse<String> read = client.send(HttpRequest.newBuilder(client.uri("api/me"))
                .header("Authorization", basic("enseignant")).header("Sec-Fetch-Site", "cross-site").GET().build());
        assertThat(read.statusCode(), is(200));
        // the application's own pages, and scripts without these headers, keep working
        HttpResponse<String> sameOrigin = client.send(HttpRequest.newBuilder(client.uri("api/me/tokens"))
                .header("Authorization", basic("enseignant")).header("Content-Type", "application/json")
                .header("Origin", own).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"même origine\"}")).build());
        assertThat(sameOrigin.body(), sameOrigin.statusCode(), is(201));
        assertThat(api.as("enseignant", PASSWORD).postJson("api/me/tokens", "{\"label\":\"script\"}").status(), is(201));
    }

    /**
     * A page answers one Content-Security-Policy, whose scripts are the application's files and the
     * inline scripts with the page's nonce (no 'unsafe-inline', no 'unsafe-eval'); every script of
     * the page carries that nonce, no element keeps an inline event handler (PrimeFaces moved them
     * into a script with the nonce), and each form holds the nonce in its hidden field.
     */
    private static void assertNoncePolicy(HttpResponse<String> page) {
        String what = page.uri() + " " + page.statusCode();
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(what + " " + policies, policies.size(), is(1));
        Matcher source = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)';").matcher(policies.get(0));
        assertThat(what + " " + policies.get(0), source.find(), is(true));
        assertThat(what, policies.get(0), not(containsString("unsafe-eval")));
        assertThat(what, policies.get(0).replaceAll(".*(script-src[^;]*).*", "$1"), not(containsString("unsafe-inline")));
        String nonce = source.group(1);
        Matcher script = SCRIPT_TAG.matcher(page.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(what, script.group(), containsString("nonce=\"" + nonce + "\""));
        }
        assertThat(what + ": scripts", scripts > 0, is(true));
        Matcher handler = HANDLER_ATTRIBUTE.matcher(page.body());
        assertThat(what + ": an inline event handler", handler.find() ? handler.group() : null, nullValue());
        Matcher field = NONCE_FIELD.matcher(page.body());
        boolean forms = page.body().contains("name=\"jakarta.faces.ViewState\"");
        assertThat(what + ": a form without its nonce field", !forms || field.find(), is(true));
        field.reset();
        while (field.find()) {
            assertThat(what + ": the form's nonce field", field.group(1), is(nonce));
        }
    }

    private static void assertNoInlineScript(HttpResponse<String> answer) {
        String what = answer.uri() + " " + answer.statusCode();
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertThat(what + " " + policies, policies.size(), is(1));
        assertThat(what, policies.get(0), containsString("script-src 'self';"));
    }

    @Test
    void pagesAnswerANoncePolicyThatEveryScriptOfThemCarries() {
        PageBrowser anonymous = new PageBrowser(url);
        HttpResponse<String> login = anonymous.get("login.xhtml");
        assertThat(login.statusCode(), is(200));
        assertNoncePolicy(login);
        HttpResponse<String> again = anonymous.get("login.xhtml");
        assertNoncePolicy(again);
        assertThat("a new page, a new nonce", again.headers().firstValue("Content-Security-Policy").orElseThrow(),
                not(login.headers().firstValue("Content-Security-Policy").orElseThrow()));
        assertNoInlineScript(anonymous.get("api/health"));
        assertNoInlineScript(anonymous.get("resources/css/tandem.css"));
        assertNoInlineScript(anonymous.get("jakarta.faces.resource/core.js.xhtml?ln=primefaces"));
        assertNoInlineScript(anonymous.get("index.xhtml"));

        long licence = api.as("dsi", PASSWORD).get("api/licences").structure().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        PageBrowser staff = new PageBrowser(url);
        assertThat(staff.login("dsi", PASSWORD).statusCode(), is(302));
        for (String path : new String[] {"index.xhtml", "dashboard.xhtml", "licences/costs.xhtml",
            "licences/licence.xhtml?id=" + licence, "equipment/list.xhtml", "schools/list.xhtml"}) {
            HttpResponse<String> page = staff.get(path);
            assertThat(path, page.statusCode(), is(200));
            assertNoncePolicy(page);
        }
        HttpResponse<String> missing = staff.get("nowhere.xhtml");
        assertThat(missing.statusCode(), is(404));
        assertNoncePolicy(missing);
        HttpResponse<String> forbidden = staff.get("admin/audit.xhtml");
        assertThat(forbidden.statusCode(), is(403));
        assertNoncePolicy(forbidden);

        PageBrowser inspector = new PageBrowser(url);
        assertThat(inspector.login("ien", PASSWORD).statusCode(), is(302));
        for (String path : new String[] {"training/offers.xhtml", "training/hours.xhtml", "dashboard.xhtml"}) {
            HttpResponse<String> page = inspector.get(path);
            assertThat(path, page.statusCode(), is(200));
            assertNoncePolicy(page);
        }
    }
}
