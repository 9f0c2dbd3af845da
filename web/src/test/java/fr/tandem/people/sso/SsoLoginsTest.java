package fr.tandem.people.sso;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The authorization code flow against a provider in the test JVM: what is sent to it, and every
 * answer that is refused, with the reason the person is told.
 */
class SsoLoginsTest {

    private static final URI CALLBACK = URI.create("https://tandem.example/sso/callback");

    private FakeProvider provider;
    private SsoLogins cut;
    private HttpSession session;

    @BeforeEach
    void start() {
        provider = FakeProvider.start(0);
        cut = new SsoLogins(new OpenIdProvider(provider.settings()));
        session = session();
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    /** An HTTP session that only keeps attributes. */
    static HttpSession session() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(SsoLoginsTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Starts a login; answers the parameters of the authorization request. */
    private Map<String, String> begin() {
        URI authorization = cut.begin(session, CALLBACK);
        assertThat(authorization.toString(), startsWith(provider.issuer() + "/auth?"));
        return FakeProvider.form(authorization.getRawQuery());
    }

    /** A full login whose ID token is the good one changed by {@code change}. */
    private SsoLogins.SignedIn loginWith(UnaryOperator<JWTClaimsSet.Builder> change) {
        Map<String, String> asked = begin();
        provider.answerIdToken(provider.sign(change.apply(provider.claims(asked.get("nonce"), "camille.essai")).build()));
        return cut.finish(session, CALLBACK, "code=abc&state=" + asked.get("state"));
    }

    private SsoFailure.Reason refusal(UnaryOperator<JWTClaimsSet.Builder> change) {
        return assertThrows(SsoFailure.class, () -> loginWith(change)).reason();
    }

    private SsoFailure.Reason refusalOfToken(String idToken) {
        Map<String, String> asked = begin();
        provider.answerIdToken(idToken);
        return assertThrows(SsoFailure.class,
                () -> cut.finish(session, CALLBACK, "code=abc&state=" + asked.get("state"))).reason();
    }

    @Test
    void theAuthorizationRequestAsksForACodeWithStateNonceAndAnS256Challenge() {
        Map<String, String> asked = begin();
        assertThat(asked.get("response_type"), is("code"));
        assertThat(asked.get("client_id"), is("tandem"));
        assertThat(asked.get("redirect_uri"), is(CALLBACK.toString()));
        assertThat(asked.get("scope"), is("openid profile email"));
        assertThat(asked.get("code_challenge_method"), is("S256"));
        assertThat(asked.get("state").length() >= 32, is(true));
        assertThat(asked.get("nonce").length() >= 32, is(true));
        assertThat(begin().get("state").equals(asked.get("state")), is(false));
    }

    @Test
    void aGoodAnswerGivesThePersonAndTheCodeIsTradedWithTheVerifierAndTheSecret() {
        Map<String, String> asked = begin();
        provider.answerIdToken(provider.sign(provider.claims(asked.get("nonce"), "camille.essai")
                .claim("uai", "0341234A").claim("function", "ENS").build()));
        SsoLogins.SignedIn in = cut.finish(session, CALLBACK, "code=abc&state=" + asked.get("state")
                + "&iss=" + provider.issuer());
        assertThat(in.person().username(), is("camille.essai"));
        assertThat(in.person().email(), is("camille.essai@ac-montpellier.fr"));
        assertThat(in.person().schoolUais(), is(java.util.List.of("0341234A")));
        assertThat(in.person().function(), is("ENS"));
        assertThat(in.idToken().split("\\.").length, is(3));

        Map<String, String> traded = provider.tokenRequests().get(0);
        assertThat(traded.get("grant_type"), is("authorization_code"));
        assertThat(traded.get("code"), is("abc"));
        assertThat(traded.get("redirect_uri"), is(CALLBACK.toString()));
        assertThat(CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(traded.get("code_verifier")))
                .getValue(), is(asked.get("code_challenge")));
        assertThat(provider.tokenAuthorizations().get(0), is("Basic " + Base64.getEncoder()
                .encodeToString("tandem:s3cret".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aStateIsGoodOnce() {
        Map<String, String> asked = begin();
        provider.answerIdToken(provider.sign(provider.claims(asked.get("nonce"), "camille.essai").build()));
        cut.finish(session, CALLBACK, "code=abc&state=" + asked.get("state"));
        SsoFailure replayed = assertThrows(SsoFailure.class,
                () -> cut.finish(session, CALLBACK, "code=abc&state=" + asked.get("state")));
        assertThat(replayed.reason(), is(SsoFailure.Reason.STATE));
        assertThat(provider.tokenRequests().size(), is(1));
    }

    @Test
    void anUnknownOrMissingStateIsRefusedBeforeTheCodeIsTraded() {
        begin();
        assertThat(assertThrows(SsoFailure.class, () -> cut.finish(session, CALLBACK, "code=abc&state=forged"))
                .reason(), is(SsoFailure.Reason.STATE));
        assertThat(assertThrows(SsoFailure.class, () -> cut.finish(session, CALLBACK, "code=abc")).reason(),
                is(SsoFailure.Reason.STATE));
        assertThat(assertThrows(SsoFailure.class, () -> cut.finish(session(), CALLBACK, "code=abc&state=x")).reason(),
                is(SsoFailure.Reason.STATE));
        assertThat(provider.tokenRequests().size(), is(0));
    }

    @Test
    void theProvidersRefusalIsSaidAsSuch() {
        Map<String, String> asked = begin();
        assertThat(assertThrows(SsoFailure.class, () -> cut.finish(session, CALLBACK,
                "error=access_denied&state=" + asked.get("state"))).reason(), is(SsoFailure.Reason.DENIED));
    }

    @Test
    void anAnswerNamingAnotherIssuerIsRefused() {
        Map<String, String> asked = begin();
        assertThat(assertThrows(SsoFailure.class, () -> cut.finish(session, CALLBACK,
                "code=abc&iss=https://evil.example/realms/tandem&state=" + asked.get("state"))).reason(),
                is(SsoFailure.Reason.TOKEN));
    }

    @Test
    void aCodeTheProviderRefusesIsRefused() {
        Map<String, String> asked = begin();
        provider.answerIdToken(null);
        assertThat(assertThrows(SsoFailure.class, () -> cut.finish(session, CALLBACK,
                "code=abc&state=" + asked.get("state"))).reason(), is(SsoFailure.Reason.TOKEN));
    }

    @Test
    void anIdTokenOfAnotherIssuerIsRefused() {
        assertThat(refusal(c -> c.issuer("https://evil.example/realms/tandem")), is(SsoFailure.Reason.TOKEN));
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() {
        assertThat(refusal(c -> c.audience("another-app").claim("azp", "another-app")), is(SsoFailure.Reason.TOKEN));
    }

    @Test
    void anExpiredIdTokenIsRefusedBeyondTheClockSkewOnly() {
        Date expired = Date.from(Instant.now().minusSeconds(120));
        assertThat(refusal(c -> c.issueTime(expired).expirationTime(expired)), is(SsoFailure.Reason.TOKEN));
        Date justNow = Date.from(Instant.now().minusSeconds(10));
        assertThat(loginWith(c -> c.expirationTime(justNow)).person().username(), is("camille.essai"));
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        assertThat(refusal(c -> c.claim("nonce", "nonce-of-another-login")), is(SsoFailure.Reason.TOKEN));
    }

    @Test
    void anIdTokenSignedByAnotherKeyIsRefusedWhateverKeyIdItNames() throws Exception {
        RSAKey sameId = new RSAKeyGenerator(2048).keyID("k1").generate();
        RSAKey otherId = new RSAKeyGenerator(2048).keyID("k2").generate();
        for (RSAKey other : new RSAKey[] {sameId, otherId}) {
            Map<String, String> asked = begin();
            provider.answerIdToken(FakeProvider.sign(provider.claims(asked.get("nonce"), "camille.essai").build(), other));
            assertThat(assertThrows(SsoFailure.class, () -> cut.finish(session, CALLBACK,
                    "code=abc&state=" + asked.get("state"))).reason(), is(SsoFailure.Reason.TOKEN));
        }
    }

    @Test
    void anUnsignedIdTokenIsRefused() {
        Map<String, String> asked = begin();
        provider.answerIdToken(new PlainJWT(provider.claims(asked.get("nonce"), "camille.essai").build()).serialize());
        assertThat(assertThrows(SsoFailure.class, () -> cut.finish(session, CALLBACK,
                "code=abc&state=" + asked.get("state"))).reason(), is(SsoFailure.Reason.TOKEN));
    }

    @Test
    void anIdTokenSignedWithTheClientSecretIsRefused() throws Exception {
        Map<String, String> asked = begin();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                provider.claims(asked.get("nonce"), "camille.essai").build());
        hmac.sign(new MACSigner("s3cret-s3cret-s3cret-s3cret-s3cret-s3cret".getBytes(StandardCharsets.UTF_8)));
        assertThat(refusalOfToken(hmac.serialize()), is(SsoFailure.Reason.TOKEN));
    }

    @Test
    void aProviderThatDoesNotAnswerIsSaidAsSuch() throws Exception {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        SsoSettings nowhere = new SsoSettings(true, "http://127.0.0.1:" + closed + "/realms/tandem", "tandem", "",
                "openid", provider.settings().claims(), 30);
        SsoLogins down = new SsoLogins(new OpenIdProvider(nowhere));
        assertThat(assertThrows(SsoFailure.class, () -> down.begin(session, CALLBACK)).reason(),
                is(SsoFailure.Reason.PROVIDER));
    }

    @Test
    void switchedOffItRefusesToStart() {
        SsoSettings off = new SsoSettings(false, provider.issuer(), "tandem", "", "openid", provider.settings().claims(), 30);
        SsoLogins disabled = new SsoLogins(new OpenIdProvider(off));
        assertThat(disabled.enabled(), is(false));
        assertThat(assertThrows(SsoFailure.class, () -> disabled.begin(session, CALLBACK)).reason(),
                is(SsoFailure.Reason.DISABLED));
    }

    @Test
    void logoutGoesToTheProviderWithTheIdTokenTheClientAndTheWayBack() {
        String idToken = loginWith(c -> c).idToken();
        URI out = cut.logout(idToken, URI.create("https://tandem.example/login.xhtml?loggedOut=true")).orElseThrow();
        assertThat(out.toString(), startsWith(provider.issuer() + "/logout?"));
        Map<String, String> query = FakeProvider.form(out.getRawQuery());
        assertThat(query.get("id_token_hint"), is(idToken));
        assertThat(query.get("client_id"), is("tandem"));
        assertThat(query.get("post_logout_redirect_uri"), is("https://tandem.example/login.xhtml?loggedOut=true"));
        assertThat(cut.logout(null, URI.create("https://tandem.example/")).isPresent(), is(false));
    }

    @Test
    void theDetailOfARefusalNeverCarriesTheToken() {
        Map<String, String> asked = begin();
        String token = provider.sign(provider.claims("wrong", "camille.essai").build());
        provider.answerIdToken(token);
        SsoFailure refused = assertThrows(SsoFailure.class,
                () -> cut.finish(session, CALLBACK, "code=abc&state=" + asked.get("state")));
        assertThat(refused.reason(), is(SsoFailure.Reason.TOKEN));
        assertThat(String.valueOf(refused.getMessage()).contains(token), is(false));
    }
}
