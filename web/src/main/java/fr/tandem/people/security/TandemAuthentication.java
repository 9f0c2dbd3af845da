package fr.tandem.people.security;

import fr.tandem.people.boundary.Authentication;
import fr.tandem.people.control.SessionCutoffs;
import fr.tandem.people.model.Caller;
import fr.tandem.platform.security.CrossSiteRequests;
import fr.tandem.platform.security.SecurityHeaders;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * How people are recognised. Pages: a form login (the login page hands the credential over
 * through {@code SecurityContext.authenticate}), remembered in the HTTP session. REST API under
 * {@code /api/}: stateless, every request carries HTTP Basic or a personal API token
 * ({@code Authorization: Bearer tdm_...}); a session cookie alone never authenticates an API call.
 * A page session notes when it opened; every page request (Faces Ajax posts included) checks that
 * the account is still active and that no change ended its sessions since ({@link SessionCutoffs}),
 * else the session is invalidated and the browser sent to the login page, which says why.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "CITY_STAFF", "INSPECTOR", "HEAD_TEACHER", "TEACHER", "COUNCILLOR"})
public class TandemAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the page asked for before the login page. */
    public static final String RETURN_TO = "tandem.returnTo";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
    /**
     * Session attribute holding the caller's roles: the container remembers the principal in the
     * session, but a session replicated to another server (bin/cluster) carries the name only.
     */
    private static final String ROLES = "tandem.roles";
    /** Session attribute holding the instant the page session opened (or was confirmed, see {@link #confirm}). */
    private static final String OPENED_AT = "tandem.openedAt";
    /** Request attribute set when the caller is authenticated by a personal API token. */
    private static final String BY_TOKEN = "tandem.byToken";
    /** Where a page session that was ended goes: the login page, with its message. */
    private static final String ENDED_PAGE = "/login.xhtml?ended=true";

    @EJB
    Authentication authentication;

    @Inject
    SessionCutoffs cutoffs;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Principal remembered = request.getUserPrincipal();
        if (remembered != null && !context.isAuthenticationRequest()) {
            HttpSession session = request.getSession(false);
            Instant openedAt = session == null ? null : (Instant) session.getAttribute(OPENED_AT);
            if (session == null || !cutoffs.allows(remembered.getName(), openedAt == null ? Instant.EPOCH : openedAt)) {
                return ended(request, response, context, session);
            }
            return restore(context, remembered, (String[]) session.getAttribute(ROLES));
        }
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (credential instanceof UsernamePasswordCredential login) {
                Optional<Caller> caller = authentication.byPassword(login.getCaller(), login.getPasswordAsString());
                if (caller.isPresent()) {
                    HttpSession session = request.getSession();
                    session.setAttribute(ROLES, caller.get().roles().toArray(String[]::new));
                    session.setAttribute(OPENED_AT, Instant.now());
                    cutoffs.forget(caller.get().username());
                    context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
                    return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
                }
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO,
                    request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        if (CrossSiteRequests.refused(request)) {
            CrossSiteRequests.refuse(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String header = request.getHeader("Authorization");
        Optional<Caller> caller = Optional.empty();
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<String[]> login = basic(header.substring(6).strip());
            caller = login.flatMap(l -> authentication.byPassword(l[0], l[1]));
            Optional<Duration> locked = caller.isPresent() ? Optional.empty()
                    : login.flatMap(l -> authentication.lockedFor(l[0]));
            if (locked.isPresent()) {
                return tooManyAttempts(request, response, locked.get());
            }
        } else if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            caller = authentication.byToken(header.substring(7).strip());
            if (caller.isPresent()) {
                request.setAttribute(BY_TOKEN, Boolean.TRUE);
            }
        }
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
        }
        if (header != null || context.isProtected()) {
            return unauthorized(request, response);
        }
        return context.doNothing();
    }

    /** Whether the API caller was authenticated by a personal API token (not by Basic). */
    public static boolean byToken(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(BY_TOKEN));
    }

    /**
     * Keeps the current page session after a change that ended the person's sessions (their own
     * password change): it counts as opened now, after the change.
     */
    public static void confirm(HttpServletRequest request) {
        request.getSession().setAttribute(OPENED_AT, Instant.now());
    }

    /**
     * Ends a page session that may not go on and sends the browser to the login page: by a
     * redirect, or for a Faces Ajax post by a partial response that redirects (a plain redirect
     * would be followed by the script and break the page).
     */
    private static AuthenticationStatus ended(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context, HttpSession session) {
        if (session != null) {
            session.invalidate();
        }
        String target = request.getContextPath() + ENDED_PAGE;
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(target);
        }
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                    + "\"/></partial-response>");
            response.flushBuffer();
        } catch (IOException clientGone) {
            // nothing more to tell a client that has gone
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Username and password of a Basic header, if it is well formed. */
    private static Optional<String[]> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                        Duration locked) {
        long seconds = Math.max(1, locked.toSeconds());
        long minutes = Math.max(1, (seconds + 59) / 60);
        String detail = english(request)
                ? "Too many failed logins for this username: try again in " + minutes + " minute(s)."
                : "Trop d'échecs de connexion pour cet identifiant : réessayez dans " + minutes + " minute(s).";
        response.setHeader("Retry-After", Long.toString(seconds));
        problem(response, 429, "Too Many Requests", detail);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        // a browser never gets a Basic challenge: its password dialog would leave credentials that the
        // browser then sends by itself, from any site; browsers are told of tokens instead
        response.setHeader("WWW-Authenticate", CrossSiteRequests.fromBrowser(request) ? "Bearer realm=\"Tandem\""
                : "Basic realm=\"Tandem\", charset=\"UTF-8\"");
        String detail = english(request)
                ? "Authenticate with HTTP Basic (username and password) or a personal API token (Authorization: Bearer)."
                : "Authentifiez-vous en HTTP Basic (identifiant et mot de passe) ou avec un jeton d'API personnel (Authorization: Bearer).";
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean english(HttpServletRequest request) {
        return request.getLocale() != null && "en".equals(request.getLocale().getLanguage());
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
        } catch (IOException clientGone) {
            // nothing more to tell a client that has gone
        }
    }

    private static AuthenticationStatus restore(HttpMessageContext context, Principal remembered, String[] roles) {
        Callback caller = new CallerPrincipalCallback(context.getClientSubject(), remembered);
        try {
            context.getHandler().handle(roles == null ? new Callback[] {caller}
                    : new Callback[] {caller, new GroupPrincipalCallback(context.getClientSubject(), roles)});
        } catch (IOException | UnsupportedCallbackException unexpected) {
            throw new IllegalStateException("The container refused the remembered caller", unexpected);
        }
        return AuthenticationStatus.SUCCESS;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
