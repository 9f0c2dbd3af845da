package fr.tandem.people.ui;

import fr.tandem.people.boundary.AccountSummary;
import fr.tandem.people.boundary.CreatedToken;
import fr.tandem.people.boundary.MyAccount;
import fr.tandem.people.boundary.TokenSummary;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/** A person's own page: who they are, their password, their personal API tokens. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient MyAccount myAccount;

    private AccountSummary me;
    private List<TokenSummary> tokens;
    private String tokenLabel;
    private String newSecret;
    private String currentPassword;
    private String newPassword;
    private String calendarUrl;

    @PostConstruct
    void init() {
        me = myAccount.me();
        tokens = myAccount.tokens();
    }

    public void createToken() {
        try {
            CreatedToken created = myAccount.createToken(tokenLabel);
            newSecret = created.secret();
            tokenLabel = null;
            tokens = myAccount.tokens();
            UiMessages.info("token.created");
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        }
    }

    public void revoke(long id) {
        try {
            myAccount.revokeToken(id);
            tokens = myAccount.tokens();
            newSecret = null;
            UiMessages.info("token.revoked");
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        }
    }

    /** Shows (creating it on first use) the address of the person's training calendar feed. */
    public void showCalendarFeed() {
        calendarUrl = feedUrl(myAccount.calendarToken());
    }

    /** Gives the feed a new address; the previous one stops working. */
    public void renewCalendarFeed() {
        calendarUrl = feedUrl(myAccount.renewCalendarToken());
        UiMessages.info("calendar.renewed");
    }

    private static String feedUrl(String token) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String base = request.getRequestURL().toString();
        return base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath()
                + "/api/calendar/" + token + ".ics";
    }

    public String getCalendarUrl() {
        return calendarUrl;
    }

    public void changePassword() {
        try {
            myAccount.changePassword(currentPassword, newPassword);
            UiMessages.info("password.changed");
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public AccountSummary getMe() {
        return me;
    }

    public List<TokenSummary> getTokens() {
        return tokens;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getTokenLabel() {
        return tokenLabel;
    }

    public void setTokenLabel(String tokenLabel) {
        this.tokenLabel = tokenLabel;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
