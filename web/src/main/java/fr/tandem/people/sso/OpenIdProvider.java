package fr.tandem.people.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The provider as Tandem knows it: the settings, its metadata (fetched from
 * {@code <issuer>/.well-known/openid-configuration} the first time it is needed, then kept) and its
 * signing keys (its JWKS, cached and fetched again when a token names a key not seen yet). A
 * provider that does not answer is a {@link SsoFailure.Reason#PROVIDER} failure, tried again next time.
 */
@ApplicationScoped
public class OpenIdProvider {

    private static final Logger LOG = Logger.getLogger(OpenIdProvider.class.getName());
    /** Milliseconds to wait for the provider to connect and to answer. */
    static final int TIMEOUT_MILLIS = 5_000;
    /** Signatures accepted from the provider: asymmetric only (never none, never a shared secret). */
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.copyOf(JWSAlgorithm.Family.SIGNATURE);

    private SsoSettings settings;
    private volatile Known known;

    /** What is fetched once from the provider. */
    private record Known(OIDCProviderMetadata metadata, JWSKeySelector<SecurityContext> keys) {
    }

    /** For the container's proxy. */
    OpenIdProvider() {
    }

    @Inject
    public OpenIdProvider(Config config) {
        this(SsoSettings.from(config));
    }

    public OpenIdProvider(SsoSettings settings) {
        this.settings = settings;
        if (settings.enabled() && settings.issuer().isBlank()) {
            LOG.warning("tandem.sso.enabled is true but tandem.sso.issuer is empty: single sign-on stays off");
        }
    }

    public SsoSettings settings() {
        return settings;
    }

    /** Whether single sign-on is switched on (with a provider to talk to). */
    public boolean enabled() {
        return settings.usable();
    }

    /** The provider's metadata. */
    public OIDCProviderMetadata metadata() {
        return known().metadata();
    }

    /** Selects the provider's published key that checks a token's signature, for the algorithms it announces. */
    public JWSKeySelector<SecurityContext> keys() {
        return known().keys();
    }

    private Known known() {
        if (!enabled()) {
            throw new SsoFailure(SsoFailure.Reason.DISABLED, "Single sign-on is not enabled");
        }
        Known found = known;
        if (found == null) {
            synchronized (this) {
                found = known;
                if (found == null) {
                    found = fetch();
                    known = found;
                }
            }
        }
        return found;
    }

    private Known fetch() {
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        } catch (IOException | GeneralException | RuntimeException unreachable) {
            LOG.log(Level.WARNING, "The OpenID Connect provider {0} gave no usable metadata: {1}",
                    new Object[] {settings.issuer(), unreachable.toString()});
            throw new SsoFailure(SsoFailure.Reason.PROVIDER, "No provider metadata", unreachable);
        }
        if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
            throw new SsoFailure(SsoFailure.Reason.PROVIDER, "The provider publishes no keys or no token endpoint");
        }
        List<JWSAlgorithm> announced = metadata.getIDTokenJWSAlgs() == null ? List.of() : metadata.getIDTokenJWSAlgs();
        Set<JWSAlgorithm> algorithms = announced.stream().filter(ASYMMETRIC::contains).collect(Collectors.toSet());
        if (algorithms.isEmpty()) {
            algorithms = Set.of(JWSAlgorithm.RS256);
        }
        JWKSource<SecurityContext> source;
        try {
            source = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL()).build();
        } catch (MalformedURLException | IllegalArgumentException badAddress) {
            throw new SsoFailure(SsoFailure.Reason.PROVIDER, "The provider's JWKS address is not a URL", badAddress);
        }
        return new Known(metadata, new JWSVerificationKeySelector<>(algorithms, source));
    }
}
