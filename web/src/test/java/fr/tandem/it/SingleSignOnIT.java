package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import fr.tandem.people.sso.FakeProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on end to end on Payara Micro, against a provider in the test JVM (the deployment's
 * {@code TANDEM_SSO_ISSUER} points at it): the browser goes to the provider and back, the account is
 * created from the claims and recorded in the audit trail under the person's name, a state serves
 * once, a deactivated account is refused with its message, logout goes through the provider, and the
 * API takes the provider's access tokens for existing accounts only.
 */
class SingleSignOnIT extends ApiTestBase {

    private static FakeProvider provider;

    @BeforeAll
    static void startProvider() {
        provider = FakeProvider.start(Integer.getInteger("tandem.it.sso.port"));
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Goes to the provider and back as {@code username}; answers the callback's response. */
    private HttpResponse<String> signIn(PageBrowser browser, String username, String uai) {
        HttpResponse<String> start = browser.get("sso/login");
        assertThat(start.statusCode(), is(302));
        assertThat(location(start), startsWith(provider.issuer() + "/auth?"));
        Map<String, String> asked = FakeProvider.form(URI.create(location(start)).getRawQuery());
        provider.answerIdToken(provider.sign(provider.claims(asked.get("nonce"), username)
                .claim("function", "ENS").claim("uai", List.of(uai)).claim("quotite", "80").build()));
        return browser.get("sso/callback?code=c0de&state=" + asked.get("state"));
    }

    private String demoSchool() {
        return api.as("enseignant", PASSWORD).get("api/me").json().getString("schoolUai");
    }

    @Test
    void aPersonTheProviderVouchesForGetsAnAccountAndLandsOnThePageTheyAskedFor() {
        String username = "sso.ens" + System.nanoTime() % 100000;
        String school = demoSchool();
        PageBrowser browser = new PageBrowser(url);
        assertThat(location(browser.get("training/catalogue.xhtml")), endsWith("/login.xhtml"));
        String loginPage = browser.get("login.xhtml").body();
        assertThat(loginPage, containsString("id=\"sso-login\""));
        assertThat(loginPage, containsString("Se connecter avec mon compte académique ou de la ville"));
        String before = browser.sessionId();

        HttpResponse<String> landed = signIn(browser, username, school);
        assertThat(landed.statusCode(), is(302));
        assertThat(location(landed), endsWith("/training/catalogue.xhtml"));
        assertThat("a new session id after the login", browser.sessionId().equals(before), is(false));
        assertThat(browser.get("training/catalogue.xhtml").statusCode(), is(200));

        JsonObject account = api.as("admin", PASSWORD).get("api/accounts/" + username).json();
        assertThat(account.getString("email"), is(username + "@ac-montpellier.fr"));
        assertThat(account.getString("schoolUai"), is(school));
        assertThat(account.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet()), is(Set.of("TEACHER")));
        List<JsonObject> byThemselves = api.as("admin", PASSWORD).get("api/audit?size=20&type=Account&user="
                + username).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat("the account's creation is recorded under the person's own name",
                byThemselves.stream().anyMatch(e -> e.getString("action").equals("INSERT")), is(true));

        Map<String, String> traded = provider.tokenRequests().get(provider.tokenRequests().size() - 1);
        assertThat(traded.get("code"), is("c0de"));
        assertThat(traded.get("code_verifier").length() >= 43, is(true));
    }

    @Test
    void anAnswerServesOnceAndAForgedOneIsRefused() {
        PageBrowser browser = new PageBrowser(url);
        HttpResponse<String> start = browser.get("sso/login");
        Map<String, String> asked = FakeProvider.form(URI.create(location(start)).getRawQuery());
        provider.answerIdToken(provider.sign(provider.claims(asked.get("nonce"), "sso.once" + System.nanoTime() % 100000)
                .claim("function", "ENS").claim("uai", demoSchool()).build()));
        assertThat(location(browser.get("sso/callback?code=c&state=" + asked.get("state"))), endsWith("/index.xhtml"));
        PageBrowser thief = new PageBrowser(url);
        assertThat(location(thief.get("sso/callback?code=c&state=" + asked.get("state"))),
                endsWith("/login.xhtml?sso=state"));
        assertThat(location(browser.get("sso/callback?code=c&state=" + asked.get("state"))),
                endsWith("/login.xhtml?sso=state"));
        String page = thief.get("login.xhtml?sso=state").body();
        assertThat(page, containsString("Cette connexion a expiré ou a déjà servi."));
        assertThat(thief.get("login.xhtml?sso=%3Cscript%3E").body(), not(containsString("<script>")));
    }

    @Test
    void aDeactivatedAccountIsRefusedWithItsMessage() {
        String username = "sso.off" + System.nanoTime() % 100000;
        String school = demoSchool();
        assertThat(location(signIn(new PageBrowser(url), username, school)), endsWith("/index.xhtml"));
        Api admin = api.as("admin", PASSWORD);
        assertThat(admin.post("api/accounts/" + username + "/deactivation", "application/json", new byte[0]).status(),
                is(200));

        PageBrowser browser = new PageBrowser(url);
        HttpResponse<String> refused = signIn(browser, username, school);
        assertThat(location(refused), endsWith("/login.xhtml?sso=deactivated"));
        assertThat(browser.get("login.xhtml?sso=deactivated").body(), containsString("Votre compte Tandem est désactivé"));
        assertThat(location(browser.get("index.xhtml")), endsWith("/login.xhtml"));
        assertThat(admin.get("api/accounts/" + username).json().getBoolean("active"), is(false));
    }

    @Test
    void logoutAfterASingleSignOnGoesThroughTheProvider() {
        PageBrowser browser = new PageBrowser(url);
        assertThat(location(signIn(browser, "sso.bye" + System.nanoTime() % 100000, demoSchool())),
                endsWith("/index.xhtml"));
        String home = browser.get("index.xhtml").body();
        java.util.regex.Matcher state = PageBrowser.VIEW_STATE.matcher(home);
        assertThat(state.find(), is(true));
        java.util.regex.Matcher nonce = PageBrowser.NONCE_FIELD.matcher(home);
        String form = "session-form=session-form&logout=x&jakarta.faces.ViewState="
                + PageBrowser.encode(state.group(1).replace("&#58;", ":"))
                + (nonce.find() ? "&primefaces.nonce=" + PageBrowser.encode(nonce.group(1)) : "");
        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(browser.uri("index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(out.statusCode(), is(302));
        assertThat(location(out), startsWith(provider.issuer() + "/logout?"));
        Map<String, String> query = FakeProvider.form(URI.create(location(out)).getRawQuery());
        assertThat(query.get("client_id"), is("tandem"));
        assertThat(query.get("id_token_hint").split("\\.").length, is(3));
        assertThat(query.get("post_logout_redirect_uri"), endsWith("/login.xhtml?loggedOut=true"));
        assertThat(location(browser.get("index.xhtml")), endsWith("/login.xhtml"));
    }

    @Test
    void theApiTakesTheProvidersAccessTokensForExistingAccountsOnly() {
        Instant now = Instant.now();
        var token = new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer(provider.issuer()).audience("account")
                .claim("azp", "tandem").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        Api.Reply me = api.withToken(provider.sign(token.claim("preferred_username", "enseignant").build())).get("api/me");
        assertThat(me.body(), me.status(), is(200));
        assertThat(me.json().getString("username"), is("enseignant"));

        assertThat(api.withToken(provider.sign(token.claim("preferred_username", "nobody.here").build()))
                .get("api/me").status(), is(401));
        Date past = Date.from(now.minusSeconds(600));
        assertThat(api.withToken(provider.sign(token.claim("preferred_username", "enseignant").issueTime(past)
                .expirationTime(past).build())).get("api/me").status(), is(401));
        String[] good = provider.sign(token.expirationTime(Date.from(now.plusSeconds(300))).build()).split("\\.");
        String admin = provider.sign(token.claim("preferred_username", "admin").build()).split("\\.")[1];
        Api.Reply tampered = api.withToken(good[0] + "." + admin + "." + good[2]).get("api/me");
        assertThat(tampered.status(), is(401));
        assertThat(tampered.contentType(), startsWith("application/problem+json"));
    }
}
