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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * {@code <base>} and forms posting elsewhere. No referrer is ever sent: the address of the
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
        return "default-src 'self'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'")
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
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
