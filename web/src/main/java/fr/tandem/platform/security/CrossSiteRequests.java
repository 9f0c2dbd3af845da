package fr.tandem.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;

/**
 * What the REST API does with requests a browser makes. A browser that has HTTP Basic credentials
 * for the site (typed once in its password dialog) sends them by itself on every request to it,
 * also when another site's page makes the request: so the API never asks a browser for Basic
 * credentials (no dialog, nothing cached), and refuses any change (POST, PUT, PATCH, DELETE) that
 * the browser says comes from another site ({@code Sec-Fetch-Site: cross-site} or
 * {@code same-site}, or an {@code Origin} that is not the application's own), before anything
 * runs. Scripts (curl, programs) send neither header and are not affected.
 * <p>
 * A request is taken for a browser's when it carries a {@code Sec-Fetch-*} or {@code Origin}
 * header, or accepts HTML (an address typed in the address bar). The application's own origin is
 * the request's scheme (or the {@code X-Forwarded-Proto} a reverse proxy sets, as bin/cluster's
 * nginx does) and its {@code Host}: a page of another site can set neither.
 */
public final class CrossSiteRequests {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private CrossSiteRequests() {
    }

    /** Whether the request comes from a browser rather than a script. */
    public static boolean fromBrowser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("Sec-Fetch-Site") != null || request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Dest") != null || request.getHeader("Origin") != null
                || accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** Whether the request is a change that a browser says comes from another site. */
    public static boolean refused(HttpServletRequest request) {
        if (!CHANGES.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    /** The origin a page of the application itself has, as its browser would write it. */
    static String ownOrigin(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        String scheme = forwarded == null || forwarded.isBlank() ? request.getScheme() : forwarded.split(",")[0].strip();
        String host = request.getHeader("Host");
        if (host == null) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return scheme + "://" + host;
    }

    /** Answers 403 with a problem+json in the caller's language. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response) {
        ServletProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "api.crossSite");
    }
}
