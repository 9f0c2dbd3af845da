package fr.tandem.people.sso;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import fr.tandem.people.model.DirectoryPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The authorization code flow with PKCE, as the browser goes through it. {@link #begin} keeps a new
 * state, nonce and code verifier in the HTTP session and answers where to send the browser;
 * {@link #finish} takes the provider's answer: its state must be one kept (and is used once), the
 * code is traded for tokens and the ID token checked; answers the person its claims describe and the
 * ID token (for logout). {@link #logout} is where the browser goes to log out at the provider too.
 */
@ApplicationScoped
public class SsoLogins {

    /** Where the browser starts a single sign-on. */
    public static final String LOGIN_PATH = "/sso/login";
    /** Where the provider sends the browser back (the redirect URI registered at the provider). */
    public static final String CALLBACK_PATH = "/sso/callback";
    /** Session attribute holding the ID token of a page session opened by single sign-on. */
    public static final String ID_TOKEN = "tandem.sso.idToken";
    /** Session attribute holding the logins under way, by state. */
    private static final String PENDING = "tandem.sso.pending";
    /** Logins under way kept per session at most (a few browser tabs); the oldest goes first. */
    private static final int MAX_PENDING = 5;

    private static final Logger LOG = Logger.getLogger(SsoLogins.class.getName());

    private OpenIdProvider provider;

    /** What a login under way keeps until the provider answers. */
    record Pending(String nonce, String codeVerifier) implements Serializable {
    }

    /** A person the provider vouched for, and the ID token that says so. */
    public record SignedIn(DirectoryPerson person, String idToken) {
    }

    /** For the container's proxy. */
    SsoLogins() {
    }

    @Inject
    public SsoLogins(OpenIdProvider provider) {
        this.provider = provider;
    }

    public boolean enabled() {
        return provider.enabled();
    }

    /** Starts a login: the provider's authorization address, with what it must send back kept in the session. */
    public URI begin(HttpSession session, URI callback) {
        SsoSettings settings = provider.settings();
        URI endpoint = provider.metadata().getAuthorizationEndpointURI();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        LinkedHashMap<String, Pending> pending = pending(session);
        pending.put(state.getValue(), new Pending(nonce.getValue(), verifier.getValue()));
        while (pending.size() > MAX_PENDING) {
            pending.remove(pending.keySet().iterator().next());
        }
        session.setAttribute(PENDING, pending);
        return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scopes()),
                new ClientID(settings.clientId()), callback)
                .endpointURI(endpoint)
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
    }

    /**
     * Ends a login with the provider's answer (the callback address with its query).
     *
     * @throws SsoFailure whatever refuses it
     */
    public SignedIn finish(HttpSession session, URI callback, String query) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(URI.create(callback + (query == null ? "" : "?" + query)));
        } catch (ParseException | IllegalArgumentException unreadable) {
            LOG.log(Level.INFO, "A single sign-on answer could not be read: {0}", unreadable.getMessage());
            throw new SsoFailure(SsoFailure.Reason.STATE, "Unreadable answer", unreadable);
        }
        Pending pending = takePending(session, response.getState());
        if (response instanceof AuthenticationErrorResponse error) {
            LOG.log(Level.INFO, "The provider answered a single sign-on with the error {0}",
                    error.getErrorObject().getCode());
            throw new SsoFailure(SsoFailure.Reason.DENIED, "Provider error " + error.getErrorObject().getCode());
        }
        AuthenticationSuccessResponse success = (AuthenticationSuccessResponse) response;
        Issuer issuer = success.getIssuer();
        if (issuer != null && !issuer.getValue().equals(provider.settings().issuer())) {
            LOG.log(Level.WARNING, "A single sign-on answer names another issuer: {0}", issuer);
            throw new SsoFailure(SsoFailure.Reason.TOKEN, "Answer from another issuer");
        }
        if (success.getAuthorizationCode() == null) {
            throw new SsoFailure(SsoFailure.Reason.TOKEN, "No authorization code");
        }
        JWT idToken = CodeExchange.idToken(provider, success.getAuthorizationCode().getValue(), callback,
                pending.codeVerifier());
        var claims = IdTokens.check(provider, idToken, pending.nonce());
        return new SignedIn(ClaimsMapping.person(claims.getClaims(), provider.settings().claims()),
                idToken.serialize());
    }

    /**
     * Where to send the browser to end its session at the provider too, when the page session came
     * from single sign-on and the provider has an end-session endpoint.
     */
    public Optional<URI> logout(String idToken, URI afterLogout) {
        if (idToken == null || !provider.enabled()) {
            return Optional.empty();
        }
        try {
            URI endpoint = provider.metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(endpoint, JWTParser.parse(idToken), null,
                    new ClientID(provider.settings().clientId()), afterLogout, null, null).toURI());
        } catch (SsoFailure | java.text.ParseException noLogoutThere) {
            LOG.log(Level.WARNING, "No logout at the provider: {0}", noLogoutThere.getMessage());
            return Optional.empty();
        }
    }

    /** The login under way with this state, removed from the session: a state is good once. */
    private static Pending takePending(HttpSession session, State state) {
        LinkedHashMap<String, Pending> pending = pending(session);
        Pending found = state == null ? null : pending.remove(state.getValue());
        if (found == null) {
            LOG.info("A single sign-on answer carried an unknown or already used state");
            throw new SsoFailure(SsoFailure.Reason.STATE, "Unknown or used state");
        }
        session.setAttribute(PENDING, pending);
        return found;
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Pending> pending(HttpSession session) {
        Object kept = session.getAttribute(PENDING);
        return kept instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, Pending>) map : new LinkedHashMap<>();
    }
}
