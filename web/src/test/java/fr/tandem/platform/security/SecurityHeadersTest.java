package fr.tandem.platform.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

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
}
