package fr.tandem.people.ui;

import fr.tandem.people.boundary.Invitations;
import fr.tandem.people.model.InvitationSummary;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.FieldErrors;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.platform.ui.UiTexts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page an invitation mail links to: whom it is for, then the choice of a first password, once.
 * A link used, expired or replaced says so and offers nothing to fill in.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final UiTexts TEXTS = new UiTexts("i18n.onboarding");

    @EJB
    transient Invitations invitations;

    private String secret;
    private InvitationSummary invitation;
    private String refusal;
    private String password;
    private String confirmation;
    private boolean done;

    /** Called by the view's metadata once the link's secret is read. */
    public void load() {
        try {
            invitation = invitations.check(secret);
        } catch (RuleViolation refused) {
            refusal = refused.messageIn(UiMessages.locale());
        }
    }

    /** The password rules refuse the password field; other refusals concern the whole invitation. */
    private static final FieldErrors PASSWORD_FIELD = FieldErrors.of("account.password", "invitation-password");

    public void accept() {
        if (password == null || !password.equals(confirmation)) {
            TEXTS.errorOn("invitation-confirmation", "invitation.mismatch");
            return;
        }
        try {
            invitations.accept(secret, password);
            done = true;
            password = null;
            confirmation = null;
        } catch (RuleViolation refused) {
            PASSWORD_FIELD.show(refused);
        }
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public InvitationSummary getInvitation() {
        return invitation;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
