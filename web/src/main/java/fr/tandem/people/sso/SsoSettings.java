package fr.tandem.people.sso;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * How Tandem talks to its OpenID Connect provider, read from MicroProfile Config
 * ({@code tandem.sso.*}, or the {@code TANDEM_SSO_*} environment variables).
 *
 * @param enabled          whether pages offer single sign-on and the API accepts the provider's tokens
 * @param issuer           the provider's issuer; its metadata is at {@code <issuer>/.well-known/openid-configuration}
 * @param clientId         Tandem's client at the provider (the ID token's audience)
 * @param clientSecret     the client's secret, empty for a public client
 * @param scopes           scopes asked for, separated by spaces
 * @param claims           which claim holds what
 * @param clockSkewSeconds how far the provider's clock may be from ours when expiry is checked
 */
public record SsoSettings(boolean enabled, String issuer, String clientId, String clientSecret, String scopes,
                          ClaimNames claims, int clockSkewSeconds) {

    /** Claim names of the person's attributes (the defaults are the standard ones, and the académie's). */
    public record ClaimNames(String username, String email, String firstName, String lastName, String uai,
                             String function, String groups, String workingTime) {
    }

    public static SsoSettings from(Config config) {
        return new SsoSettings(
                config.getOptionalValue("tandem.sso.enabled", Boolean.class).orElse(false),
                text(config, "tandem.sso.issuer", ""),
                text(config, "tandem.sso.clientId", "tandem"),
                config.getOptionalValue("tandem.sso.clientSecret", String.class).orElse(""),
                text(config, "tandem.sso.scopes", "openid profile email"),
                new ClaimNames(
                        text(config, "tandem.sso.claim.username", "preferred_username"),
                        text(config, "tandem.sso.claim.email", "email"),
                        text(config, "tandem.sso.claim.firstName", "given_name"),
                        text(config, "tandem.sso.claim.lastName", "family_name"),
                        text(config, "tandem.sso.claim.uai", "uai"),
                        text(config, "tandem.sso.claim.function", "function"),
                        text(config, "tandem.sso.claim.groups", "groups"),
                        text(config, "tandem.sso.claim.workingTime", "quotite")),
                config.getOptionalValue("tandem.sso.clockSkewSeconds", Integer.class).orElse(30));
    }

    /** Enabled and given an issuer: a provider to talk to. */
    public boolean usable() {
        return enabled && !issuer.isBlank();
    }

    private static String text(Config config, String name, String fallback) {
        Optional<String> value = config.getOptionalValue(name, String.class);
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(fallback);
    }
}
