package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Web security on Payara Micro: security headers on pages, API and static resources, and the
 * nonce-based content security policy of pages (their error pages too); the form
 * login changes the session id and its cookie never authenticates an API call; repeated failures
 * lock a username (existing or not) for Basic and form login alike; password rules.
 */
class SecurityIT extends ApiTestBase {

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
}
