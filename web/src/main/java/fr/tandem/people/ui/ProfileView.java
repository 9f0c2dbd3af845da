package fr.tandem.people.ui;

import fr.tandem.people.boundary.AccountSummary;
import fr.tandem.people.boundary.CreatedToken;
import fr.tandem.people.boundary.MyAccount;
import fr.tandem.people.boundary.TokenSummary;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
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
