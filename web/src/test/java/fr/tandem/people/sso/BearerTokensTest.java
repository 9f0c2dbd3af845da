package fr.tandem.people.sso;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider's access tokens sent to the API: the good one names its account, every other is refused. */
class BearerTokensTest {

    private FakeProvider provider;
    private OpenIdProvider cut;

    @BeforeEach
    void start() {
        provider = FakeProvider.start(0);
        cut = new OpenIdProvider(provider.settings());
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    /** An access token as Keycloak gives one: typ JWT, azp the client, aud another service. */
    private JWTClaimsSet.Builder accessToken() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(provider.issuer()).audience("account").claim("azp", "tandem")
                .subject("f81d4fae").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "enseignant");
    }

    private Optional<String> username(String token) {
        return BearerTokens.username(cut, token);
    }

    @Test
    void aGoodTokenNamesItsUsername() {
        assertThat(username(provider.sign(accessToken().build())), is(Optional.of("enseignant")));
        assertThat(username(provider.sign(accessToken().claim("azp", null).audience("tandem").build())),
                is(Optional.of("enseignant")));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertThat(username(provider.sign(accessToken().issuer("https://evil.example/realms/tandem").build())),
                is(Optional.empty()));
    }

    @Test
    void aTokenNeitherIssuedToNorMeantForTandemIsRefused() {
        assertThat(username(provider.sign(accessToken().claim("azp", "another-app").build())), is(Optional.empty()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Date expired = Date.from(Instant.now().minusSeconds(120));
        assertThat(username(provider.sign(accessToken().expirationTime(expired).build())), is(Optional.empty()));
        assertThat(username(provider.sign(accessToken().expirationTime(null).build())), is(Optional.empty()));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = provider.sign(accessToken().build()).split("\\.");
        String otherClaims = provider.sign(accessToken().claim("preferred_username", "admin").build()).split("\\.")[1];
        assertThat(username(parts[0] + "." + otherClaims + "." + parts[2]), is(Optional.empty()));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        assertThat(username(FakeProvider.sign(accessToken().build(), new RSAKeyGenerator(2048).keyID("k1").generate())),
                is(Optional.empty()));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        PlainJWT none = new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), accessToken().build());
        assertThat(username(none.serialize()), is(Optional.empty()));
    }

    @Test
    void aTokenThatIsNotTypedJwtIsRefused() throws Exception {
        SignedJWT logout = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1")
                .type(new JOSEObjectType("logout+jwt")).build(), accessToken().build());
        logout.sign(new RSASSASigner(provider.key()));
        assertThat(username(logout.serialize()), is(Optional.empty()));
    }

    @Test
    void garbageAndAnUnreachableProviderAreRefusedQuietly() throws Exception {
        assertThat(username("not-a-jwt"), is(Optional.empty()));
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        cut = new OpenIdProvider(new SsoSettings(true, "http://127.0.0.1:" + closed + "/realms/tandem", "tandem", "",
                "openid", provider.settings().claims(), 30));
        assertThat(username(provider.sign(accessToken().build())), is(Optional.empty()));
    }
}
