package fr.tandem.people.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny OpenID Connect provider inside the test JVM (com.sun.net.httpserver on 127.0.0.1): discovery,
 * its JWKS (one RSA key made for the run), a token endpoint answering the ID token a test chose, and
 * an end-session address. It records the token requests it got.
 */
public final class FakeProvider implements AutoCloseable {

    public static final String CLIENT_ID = "tandem";
    public static final String CLIENT_SECRET = "s3cret";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private volatile String idToken;
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<String> tokenAuthorizations = new CopyOnWriteArrayList<>();

    private FakeProvider(int port) throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/tandem";
        server.createContext("/realms/tandem/.well-known/openid-configuration", exchange -> answer(exchange, 200, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/certs","end_session_endpoint":"%1$s/logout","response_types_supported":["code"],
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"]}"""
                .formatted(issuer)));
        server.createContext("/realms/tandem/certs",
                exchange -> answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/realms/tandem/token", exchange -> {
            tokenRequests.add(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            tokenAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String token = idToken;
            if (token == null) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            } else {
                answer(exchange, 200, "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"id_token\":\"" + token + "\"}");
            }
        });
        server.start();
    }

    /** Starts one on a free port, or on the given one. */
    public static FakeProvider start(int port) {
        try {
            return new FakeProvider(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public RSAKey key() {
        return key;
    }

    /** Settings of a Tandem that uses this provider. */
    public SsoSettings settings() {
        return new SsoSettings(true, issuer, CLIENT_ID, CLIENT_SECRET, "openid profile email",
                new SsoSettings.ClaimNames("preferred_username", "email", "given_name", "family_name", "uai",
                        "function", "groups", "quotite"), 30);
    }

    /** Claims of a good ID token for this login. */
    public JWTClaimsSet.Builder claims(String nonce, String username) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer).audience(CLIENT_ID).subject("sub-" + username)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce).claim("azp", CLIENT_ID)
                .claim("preferred_username", username).claim("email", username + "@ac-montpellier.fr")
                .claim("given_name", "Camille").claim("family_name", "Essai");
    }

    /** The claims signed with the provider's key, typ JWT. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    public static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the token endpoint answers as ID token from now on (null: it refuses the code). */
    public void answerIdToken(String token) {
        idToken = token;
    }

    public List<Map<String, String>> tokenRequests() {
        return tokenRequests;
    }

    public List<String> tokenAuthorizations() {
        return tokenAuthorizations;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The parameters of a query or form body. */
    public static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
