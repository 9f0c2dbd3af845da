package fr.tandem.people.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks an access token of the provider that an API client sends as {@code Authorization: Bearer}
 * (Nimbus' {@link DefaultJWTProcessor}): a JWT ({@code typ}), signed by one of the provider's
 * published keys (never {@code alg: none}), from the configured issuer, not expired (give or take
 * the clock skew), issued to Tandem's client ({@code azp}) or meant for it ({@code aud}). Answers the
 * username claim; the caller is then an existing account, never a new one.
 */
public final class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

    private BearerTokens() {
    }

    /** The username the token names, if it passes every check; empty otherwise (the detail is logged). */
    public static Optional<String> username(OpenIdProvider provider, String token) {
        SsoSettings settings = provider.settings();
        String usernameClaim = settings.claims().username();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("exp", usernameClaim)) {
            @Override
            public void verify(JWTClaimsSet set, SecurityContext context) throws BadJWTException {
                super.verify(set, context);
                if (!forClient(set, settings.clientId())) {
                    throw new BadJWTException("JWT neither issued to nor meant for client " + settings.clientId());
                }
            }
        };
        claims.setMaxClockSkew(settings.clockSkewSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        try {
            processor.setJWSKeySelector(provider.keys());
            return Optional.ofNullable(processor.process(token, null).getStringClaim(usernameClaim));
        } catch (ParseException | BadJOSEException refused) {
            LOG.log(Level.INFO, "An API bearer token was refused: {0}", refused.getMessage());
        } catch (SsoFailure noProvider) {
            LOG.log(Level.WARNING, "An API bearer token could not be checked: {0}", noProvider.getMessage());
        } catch (JOSEException unchecked) {
            LOG.log(Level.WARNING, "An API bearer token could not be checked: {0}", unchecked.toString());
        }
        return Optional.empty();
    }

    private static boolean forClient(JWTClaimsSet set, String clientId) {
        Object azp = set.getClaim("azp");
        List<String> audience = set.getAudience();
        return clientId.equals(azp) || (audience != null && audience.contains(clientId));
    }
}
