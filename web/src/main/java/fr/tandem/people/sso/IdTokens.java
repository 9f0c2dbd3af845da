package fr.tandem.people.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks an ID token with Nimbus' {@link IDTokenValidator}: signed (never {@code alg: none}, never a
 * shared secret) by one of the provider's published keys, issued by the configured issuer for
 * Tandem's client ({@code aud}, and {@code azp} when there are several audiences), not expired and
 * not issued in the future (give or take the clock skew), and carrying the nonce of the login.
 */
public final class IdTokens {

    private static final Logger LOG = Logger.getLogger(IdTokens.class.getName());

    private IdTokens() {
    }

    /** The token's claims if it passes every check; else a {@link SsoFailure.Reason#TOKEN} failure. */
    public static JWTClaimsSet check(OpenIdProvider provider, JWT idToken, String nonce) {
        SsoSettings settings = provider.settings();
        IDTokenValidator validator = new IDTokenValidator(new Issuer(settings.issuer()),
                new ClientID(settings.clientId()), provider.keys(), null);
        validator.setMaxClockSkew(settings.clockSkewSeconds());
        try {
            return validator.validate(idToken, new Nonce(nonce)).toJWTClaimsSet();
        } catch (BadJOSEException refused) {
            LOG.log(Level.WARNING, "An ID token was refused: {0}", refused.getMessage());
            throw new SsoFailure(SsoFailure.Reason.TOKEN, refused.getMessage(), refused);
        } catch (JOSEException | ParseException unchecked) {
            LOG.log(Level.WARNING, "An ID token could not be checked: {0}", unchecked.toString());
            throw new SsoFailure(SsoFailure.Reason.PROVIDER, "ID token not checked", unchecked);
        }
    }
}
