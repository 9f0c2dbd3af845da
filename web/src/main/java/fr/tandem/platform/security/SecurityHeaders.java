package fr.tandem.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every answer: pages, REST API and static resources (the authentication
 * mechanism, which answers some requests before any filter runs, sets them too).
 * <p>
 * The content security policy lets a page run only the application's own script files and the
 * inline scripts that carry the page's nonce: PrimeFaces' nonce mode ({@code primefaces.CSP} in
 * web.xml) gives every script it and Faces write a fresh nonce per view and moves every inline
 * event handler ({@code onclick}…, PrimeFaces' and Faces' own) into such a script. PrimeFaces
 * announces the nonce in a {@code Content-Security-Policy} header of its own; this filter catches
 * that header and answers the application's whole policy with that nonce instead, so that each
 * answer carries one policy. An answer without a nonce (API, files, error answers written before
 * Faces) gets the same policy with no inline script at all. {@code 'unsafe-inline'} remains for
 * styles only (PrimeFaces sets inline styles). The policy forbids everything else that matters:
 * other origins for scripts, styles, images and connections, plugins ({@code object-src}), framing
 * by any site ({@code frame-ancestors}, with {@code X-Frame-Options} for older browsers), a foreign
 * {@code <base>} and forms posting elsewhere, but for the single sign-on provider when single sign-on
 * is on: logging out is a form whose answer sends the browser to the provider's logout, a redirect
 * that {@code form-action} governs too. No referrer is ever sent: the address of the
 * calendar feed holds a secret. HSTS only over HTTPS (it would be ignored, and misleading, on HTTP).
 * <p>
 * The filter also runs on error and forward dispatches: error pages are Faces pages with a nonce of
 * their own.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    /** How a policy names a nonce: PrimeFaces' nonces are Base64. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /**
     * The origin a form's answer may send the browser to besides the application (with a leading
     * space), read from the configuration when the filter starts: the single sign-on provider's, or
     * none.
     */
    private static volatile String formTargets = "";

    @Override
    public void init() throws ServletException {
        formTargets = singleSignOnOrigin(ConfigProvider.getConfig()).map(origin -> " " + origin).orElse("");
    }

    /**
     * The origin ({@code scheme://host[:port]}) of the single sign-on provider when single sign-on is
     * on ({@code tandem.sso.enabled} and {@code tandem.sso.issuer}, the settings of
     * {@code people.sso.SsoSettings}); empty when it is off or the issuer is no http(s) address.
     */
    static Optional<String> singleSignOnOrigin(Config config) {
        if (!config.getOptionalValue("tandem.sso.enabled", Boolean.class).orElse(false)) {
            return Optional.empty();
        }
        return config.getOptionalValue("tandem.sso.issuer", String.class).flatMap(SecurityHeaders::origin);
    }

    /** The origin of an http(s) address, written from its parsed parts only; empty for anything else. */
    static Optional<String> origin(String address) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(scheme + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new NoncePolicy(response));
    }

    /** Sets the headers on an answer (idempotent); the policy allows no inline script. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CONTENT_SECURITY_POLICY, contentSecurityPolicy(null));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /**
     * The application's policy; scripts: its own files, and the inline scripts carrying
     * {@code nonce} when there is one.
     */
    static String contentSecurityPolicy(String nonce) {
        return contentSecurityPolicy(nonce, formTargets);
    }

    /** The policy with the given further form targets (each with a leading space). */
    static String contentSecurityPolicy(String nonce, String formTargets) {
        return "default-src 'self'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'")
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'" + formTargets + "; frame-ancestors 'none'";
    }

    /** The application's policy with the nonce that a policy written by PrimeFaces names (none: no inline script). */
    static String withNonceOf(String primeFacesPolicy) {
        Matcher nonce = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
        return contentSecurityPolicy(nonce.find() ? nonce.group(1) : null);
    }

    /** An answer whose policy header, when PrimeFaces sets or adds one, becomes the application's with its nonce. */
    static final class NoncePolicy extends HttpServletResponseWrapper {

        NoncePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CONTENT_SECURITY_POLICY.equalsIgnoreCase(name) ? withNonceOf(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(CONTENT_SECURITY_POLICY, withNonceOf(value));
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
