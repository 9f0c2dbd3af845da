package fr.tandem.people.ui;

import fr.tandem.people.boundary.MyAccount;
import fr.tandem.people.model.AccountSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The person looking at the page: name and roles for the layout, and logging out. */
@Named
@RequestScoped
public class CurrentUser {

    @EJB
    MyAccount myAccount;

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

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?bye=1");
    }
}
