package fr.tandem.people.ui;

import fr.tandem.people.boundary.Authentication;
import fr.tandem.people.security.TandemAuthentication;
import fr.tandem.people.sso.OpenIdProvider;
import fr.tandem.people.sso.SsoFailure;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The login form: hands the credential to the authentication mechanism, then goes where the
 * person was going (with a new session id: no session fixation). After repeated failures it says
 * that the username is locked for a while, whether an account has it or not. With single sign-on on,
 * it offers the provider's login first and says why one failed ({@code ?sso=reason}).
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @EJB
    Authentication authentication;

    @Inject
    OpenIdProvider provider;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession();
            Object returnTo = session.getAttribute(TandemAuthentication.RETURN_TO);
            session.removeAttribute(TandemAuthentication.RETURN_TO);
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + TandemAuthentication.landing(returnTo));
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            password = null;
            Optional<Duration> locked = authentication.lockedFor(username);
            if (locked.isPresent()) {
                // the same for every username, existing or not: it tells nothing about who has an account
                Locale locale = UiMessages.locale();
                String pattern = ResourceBundle.getBundle("i18n.audit", locale).getString("login.locked");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        new MessageFormat(pattern, locale).format(new Object[] {(locked.get().toSeconds() + 59) / 60}),
                        null));
            } else {
                UiMessages.errorText("login.failed");
            }
            faces.getExternalContext().getFlash().setKeepMessages(false);
        } else {
            faces.responseComplete();
        }
    }

    /** Whether the page offers the provider's login. */
    public boolean isSsoEnabled() {
        return provider.enabled();
    }

    /**
     * The bundle key of why a single sign-on failed, from the page's {@code sso} parameter: a known
     * reason only (the parameter itself is never written to the page), else none.
     */
    public String getSsoFailure() {
        String given = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("sso");
        return Arrays.stream(SsoFailure.Reason.values()).map(SsoFailure.Reason::code)
                .filter(code -> code.equals(given)).findFirst().map(code -> "login.sso." + code).orElse(null);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
