package fr.tandem.people.sso;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Trades an authorization code for tokens at the provider's token endpoint, with the PKCE code
 * verifier and the client's secret (HTTP Basic, or in the body when the provider takes only that;
 * none for a public client). Answers the ID token, still to be checked ({@link IdTokens}).
 */
public final class CodeExchange {

    private static final Logger LOG = Logger.getLogger(CodeExchange.class.getName());

    private CodeExchange() {
    }

    public static JWT idToken(OpenIdProvider provider, String code, URI callback, String codeVerifier) {
        SsoSettings settings = provider.settings();
        OIDCProviderMetadata metadata = provider.metadata();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), callback,
                new CodeVerifier(codeVerifier));
        ClientID client = new ClientID(settings.clientId());
        TokenRequest request;
        if (settings.clientSecret().isEmpty()) {
            request = new TokenRequest(metadata.getTokenEndpointURI(), client, grant);
        } else {
            Secret secret = new Secret(settings.clientSecret());
            List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
            boolean postOnly = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
            request = new TokenRequest(metadata.getTokenEndpointURI(),
                    postOnly ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret), grant);
        }
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(OpenIdProvider.TIMEOUT_MILLIS);
        http.setReadTimeout(OpenIdProvider.TIMEOUT_MILLIS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException unreachable) {
            LOG.log(Level.WARNING, "The provider's token endpoint gave no usable answer: {0}", unreachable.toString());
            throw new SsoFailure(SsoFailure.Reason.PROVIDER, "No token answer", unreachable);
        }
        if (!response.indicatesSuccess()) {
            TokenErrorResponse error = response.toErrorResponse();
            String errorCode = error.getErrorObject() == null ? "?" : error.getErrorObject().getCode();
            LOG.log(Level.WARNING, "The provider refused the authorization code: {0}", errorCode);
            throw new SsoFailure(SsoFailure.Reason.TOKEN, "Code refused: " + errorCode);
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SsoFailure(SsoFailure.Reason.TOKEN, "No ID token in the token answer");
        }
        return idToken;
    }
}
