package fr.tandem.platform.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static String scriptSource(String policy) {
        return policy.replaceAll(".*?(script-src[^;]*).*", "$1");
    }

    @Test
    void theNonceOfPrimeFacesPolicyGoesIntoTheApplicationsWholePolicy() {
        String policy = SecurityHeaders.withNonceOf("script-src 'self' 'nonce-ZTc4ZDA5ZWItNTY2ZC00ZDU3LTk0ZWY=';");
        assertThat(scriptSource(policy), is("script-src 'self' 'nonce-ZTc4ZDA5ZWItNTY2ZC00ZDU3LTk0ZWY='"));
        assertThat(policy, containsString("frame-ancestors 'none'"));
        assertThat(policy, containsString("object-src 'none'"));
        assertThat(policy, not(containsString("unsafe-eval")));
    }

    @Test
    void withoutANonceNoInlineScriptIsAllowed() {
        for (String policy : new String[] {SecurityHeaders.contentSecurityPolicy(null), SecurityHeaders.withNonceOf(null),
            SecurityHeaders.withNonceOf("script-src 'self'"), SecurityHeaders.withNonceOf("script-src 'nonce-<x>'")}) {
            assertThat(scriptSource(policy), is("script-src 'self'"));
        }
    }

    @Test
    void scriptsNeverRunInlineWithoutTheNonceNorFromAString() {
        String scripts = scriptSource(SecurityHeaders.contentSecurityPolicy("abc="));
        assertThat(scripts, not(containsString("'unsafe-inline'")));
        assertThat(scripts, not(containsString("'unsafe-eval'")));
        assertThat(scripts, not(containsString("*")));
    }

    @Test
    void formsMayLeadToTheSingleSignOnProviderOnly() {
        String policy = SecurityHeaders.contentSecurityPolicy(null, " http://localhost:8180");
        assertThat(policy, containsString("form-action 'self' http://localhost:8180;"));
        assertThat(SecurityHeaders.contentSecurityPolicy("abc=", ""), containsString("form-action 'self';"));
    }

    @Test
    void theProvidersOriginIsWrittenFromItsParsedParts() {
        assertThat(SecurityHeaders.origin("http://localhost:8180/realms/tandem"), is(Optional.of("http://localhost:8180")));
        assertThat(SecurityHeaders.origin(" HTTPS://sso.ac-montpellier.fr/realms/ens "),
                is(Optional.of("https://sso.ac-montpellier.fr")));
        assertThat(SecurityHeaders.origin("https://sso.example.fr/x; script-src *"), is(Optional.empty()));
        assertThat(SecurityHeaders.origin("javascript:alert(1)"), is(Optional.empty()));
        assertThat(SecurityHeaders.origin("/realms/tandem"), is(Optional.empty()));
    }
}
