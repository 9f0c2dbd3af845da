package fr.tandem.people.ui;

import fr.tandem.people.ApiToken;
import fr.tandem.people.boundary.MyAccount;
import fr.tandem.people.model.AccountSummary;
import fr.tandem.people.model.CreatedToken;
import fr.tandem.people.model.TokenSummary;
import fr.tandem.people.security.TandemAuthentication;
import fr.tandem.platform.ui.LanguageSwitch;
import fr.tandem.platform.ui.FieldErrors;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * A person's own page: who they are, the language they read Tandem in, their password (a change ends
 * their other page sessions and revokes their tokens), their personal API tokens, their calendar feed.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> TOKEN_DAY_CHOICES = List.of(30, 90, 180, ApiToken.MAX_DAYS);

    @EJB
    transient MyAccount myAccount;

    @Inject
    LanguageSwitch languageSwitch;

    private AccountSummary me;
    private List<TokenSummary> tokens;
    private String tokenLabel;
    private int tokenDays = ApiToken.MAX_DAYS;
    private String newSecret;
    private String currentPassword;
    private String newPassword;
    private String calendarUrl;
    private boolean calendarFeed;
    private String language;

    @PostConstruct
    void init() {
        me = myAccount.me();
        tokens = myAccount.tokens();
        calendarFeed = myAccount.hasCalendarFeed();
        language = me.language();
    }

    /** Keeps the chosen language on the account and shows the page in it, as the language switch does. */
    public void saveLanguage() {
        languageSwitch.switchTo(language);
        me = myAccount.me();
        UiMessages.info("profile.language.saved");
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void createToken() {
        UiMessages.attempt(() -> {
            CreatedToken created = myAccount.createToken(tokenLabel, tokenDays);
            newSecret = created.secret();
            tokenLabel = null;
            tokenDays = ApiToken.MAX_DAYS;
            tokens = myAccount.tokens();
            UiMessages.info("token.created");
        });
    }

    public void revoke(long id) {
        UiMessages.attempt(() -> {
            myAccount.revokeToken(id);
            tokens = myAccount.tokens();
            newSecret = null;
            UiMessages.info("token.revoked");
        });
    }

    /**
     * Gives the feed a new address (its first one, or one that replaces the previous one), shown
     * this once: only a digest of its secret is kept.
     */
    public void renewCalendarFeed() {
        calendarUrl = feedUrl(myAccount.renewCalendarFeed());
        UiMessages.info(calendarFeed ? "calendar.renewed" : "calendar.created");
        calendarFeed = true;
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

    public boolean isCalendarFeed() {
        return calendarFeed;
    }

    /** The fields of the password form each refusal of the boundary concerns. */
    private static final FieldErrors PASSWORD_FIELDS = FieldErrors.of("account.password", "new-password",
            "account.password.wrong", "current-password");

    public void changePassword() {
        try {
            UiMessages.attempt(() -> {
                myAccount.changePassword(currentPassword, newPassword);
                // the change ended every session of the person: this one goes on
                TandemAuthentication.confirm((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                        .getRequest());
                tokens = myAccount.tokens();
                newSecret = null;
                UiMessages.info("password.changed");
            }, PASSWORD_FIELDS);
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

    /** The lives a token may be given on this page, in days (the API takes any from 1 to 365). */
    public List<Integer> getTokenDayChoices() {
        return TOKEN_DAY_CHOICES;
    }

    public int getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(int tokenDays) {
        this.tokenDays = tokenDays;
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
