package fr.tandem.people.security;

import fr.tandem.people.boundary.Authentication;
import fr.tandem.people.boundary.SingleSignOn;
import fr.tandem.people.control.SessionCutoffs;
import fr.tandem.people.control.TokenSecrets;
import fr.tandem.people.model.Caller;
import fr.tandem.people.sso.BearerTokens;
import fr.tandem.people.sso.OpenIdProvider;
import fr.tandem.people.sso.SsoFailure;
import fr.tandem.people.sso.SsoLanding;
import fr.tandem.people.sso.SsoLogins;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.security.CrossSiteRequests;
import fr.tandem.platform.security.SecurityHeaders;
import fr.tandem.platform.security.ServletProblems;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * How people are recognised. Pages: a form login (the login page hands the credential over
 * through {@code SecurityContext.authenticate}), remembered in the HTTP session. REST API under
 * {@code /api/}: stateless, every request carries HTTP Basic or a personal API token
 * ({@code Authorization: Bearer tdm_...}); a session cookie alone never authenticates an API call.
 * With single sign-on on, pages also log in through the OpenID Connect provider ({@code /sso/login},
 * {@code /sso/callback}, see {@link SsoLogins}) and the API takes the provider's access tokens as
 * bearer tokens ({@link BearerTokens}) for existing accounts.
 * A page session notes when it opened; every page request (Faces Ajax posts included) checks that
 * the account is still active and that no change ended its sessions since ({@link SessionCutoffs}),
 * else the session is invalidated and the browser sent to the login page, which says why.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "CITY_STAFF", "INSPECTOR", "HEAD_TEACHER", "TEACHER", "COUNCILLOR", "TRAINER"})
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
    /** Where a single sign-on that failed goes: the login page, with the reason ({@code ?sso=token}). */
    private static final String SSO_FAILED_PAGE = "/login.xhtml?sso=";
    private static final Logger LOG = Logger.getLogger(TandemAuthentication.class.getName());

    @EJB
    Authentication authentication;

    @Inject
    SessionCutoffs cutoffs;

    @EJB
    SingleSignOn singleSignOn;

    @Inject
    SsoLogins sso;

    @Inject
    OpenIdProvider provider;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(SsoLogins.LOGIN_PATH)) {
            return ssoLogin(request, context);
        }
        if (path.equals(SsoLogins.CALLBACK_PATH)) {
            return ssoCallback(request, context);
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
                    return pageLogin(request, context, caller.get());
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

    /** The container is told of a page login, remembered in the session (with its roles and when it opened). */
    private AuthenticationStatus pageLogin(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        HttpSession session = request.getSession();
        session.setAttribute(ROLES, caller.roles().toArray(String[]::new));
        session.setAttribute(OPENED_AT, Instant.now());
        cutoffs.forget(caller.username());
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }

    /** Starts a single sign-on: the browser goes to the provider. */
    private AuthenticationStatus ssoLogin(HttpServletRequest request, HttpMessageContext context) {
        if (!sso.enabled()) {
            return ssoFailed(request, context, SsoFailure.Reason.DISABLED);
        }
        try {
            return context.redirect(sso.begin(request.getSession(), address(request, SsoLogins.CALLBACK_PATH)).toString());
        } catch (SsoFailure failure) {
            return ssoFailed(request, context, failure.reason());
        }
    }

    /**
     * Ends a single sign-on: the provider's answer is checked, the account created or brought up to
     * date, and the person logged in as with the form (with a new session id); the browser then lands
     * on the page it asked for first ({@link SsoLanding}). Any refusal sends it to the login page.
     */
    private AuthenticationStatus ssoCallback(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (!sso.enabled()) {
            return ssoFailed(request, context, SsoFailure.Reason.DISABLED);
        }
        if (session == null) {
            LOG.info("A single sign-on answer came without the session that started it");
            return ssoFailed(request, context, SsoFailure.Reason.STATE);
        }
        try {
            SsoLogins.SignedIn signedIn = sso.finish(session, address(request, SsoLogins.CALLBACK_PATH),
                    request.getQueryString());
            Caller caller = singleSignOn.signIn(signedIn.person());
            Object returnTo = session.getAttribute(RETURN_TO);
            session.removeAttribute(RETURN_TO);
            request.changeSessionId();
            request.getSession().setAttribute(SsoLogins.ID_TOKEN, signedIn.idToken());
            request.setAttribute(SsoLanding.TARGET, landing(returnTo));
            LOG.log(Level.INFO, "{0} logged in through single sign-on", caller.username());
            return pageLogin(request, context, caller);
        } catch (SsoFailure failure) {
            return ssoFailed(request, context, failure.reason());
        } catch (RuleViolation refused) {
            LOG.log(Level.INFO, "A single sign-on was refused by the directory: {0}", refused.getMessage());
            return ssoFailed(request, context, "directory.account.deactivated".equals(refused.key())
                    ? SsoFailure.Reason.DEACTIVATED : SsoFailure.Reason.ACCOUNT);
        } catch (EJBException failed) {
            // e.g. the first logins of one new person at once: one of them meets the other's account
            LOG.log(Level.WARNING, "A single sign-on could not create or update the account", failed);
            return ssoFailed(request, context, SsoFailure.Reason.ACCOUNT);
        }
    }

    private static AuthenticationStatus ssoFailed(HttpServletRequest request, HttpMessageContext context,
                                                  SsoFailure.Reason reason) {
        return context.redirect(request.getContextPath() + SSO_FAILED_PAGE + reason.code());
    }

    /**
     * Where a login lands: the page asked for before it, if that is a page of the application (not
     * the API, not another site), else the home page.
     */
    public static String landing(Object returnTo) {
        return returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && path.indexOf('\\') < 0 && !path.startsWith("/api") ? path : "/index.xhtml";
    }

    /** The absolute address of a path of the application, as the browser reached it. */
    public static URI address(HttpServletRequest request, String path) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return URI.create(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + path);
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
            String token = header.substring(7).strip();
            if (token.startsWith(TokenSecrets.PREFIX) || !provider.enabled()) {
                caller = authentication.byToken(token);
            } else {
                caller = BearerTokens.username(provider, token).flatMap(singleSignOn::activeCaller);
            }
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
        response.setHeader("Retry-After", Long.toString(seconds));
        ServletProblems.write(request, response, 429, "Too Many Requests", "login.tooManyAttempts", minutes);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        // a browser never gets a Basic challenge: its password dialog would leave credentials that the
        // browser then sends by itself, from any site; browsers are told of tokens instead
        response.setHeader("WWW-Authenticate", CrossSiteRequests.fromBrowser(request) ? "Bearer realm=\"Tandem\""
                : "Basic realm=\"Tandem\", charset=\"UTF-8\"");
        ServletProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "api.unauthorized");
        return AuthenticationStatus.SEND_FAILURE;
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
