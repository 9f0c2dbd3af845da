package fr.tandem.people.ui;

import fr.tandem.people.boundary.MyAccount;
import fr.tandem.people.model.AccountSummary;
import fr.tandem.people.security.TandemAuthentication;
import fr.tandem.people.sso.SsoLogins;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/** The person looking at the page: name and roles for the layout, and logging out (at the provider too after a single sign-on). */
@Named
@RequestScoped
public class CurrentUser {

    @EJB
    MyAccount myAccount;

    @Inject
    SsoLogins ssoLogins;

    private AccountSummary account;

    public AccountSummary getAccount() {
        if (account == null && loggedIn()) {
            account = myAccount.me();
        }
        return account;
    }

    public String getDisplayName() {
        AccountSummary me = getAccount();
        return me == null ? "" : me.displayName();
    }

    public boolean loggedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    public boolean is(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /**
     * Ends the page session; when it came from single sign-on, the browser then goes to the
     * provider to end its session there too, and comes back to the login page.
     */
    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(SsoLogins.ID_TOKEN);
        request.logout();
        external.invalidateSession();
        Optional<URI> atProvider = idToken instanceof String token
                ? ssoLogins.logout(token, TandemAuthentication.address(request, "/login.xhtml?loggedOut=true"))
                : Optional.empty();
        external.redirect(atProvider.map(URI::toString)
                .orElse(external.getRequestContextPath() + "/login.xhtml?bye=1"));
    }
}
