package fr.tandem.people.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Invitation;
import fr.tandem.people.control.AccountInvitations;
import fr.tandem.people.model.InvitationSummary;
import fr.tandem.platform.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Invitations to choose a first password: an admin sends one to an account without a password; the
 * person, not logged in, opens the link and chooses their password, once, within seven days.
 */
@Stateless
public class Invitations {

    @Inject
    AccountInvitations invitations;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** Sends a new invitation (the older ones stop working) to an active account without a password. */
    @RolesAllowed("ADMIN")
    public InvitationSummary send(String username) {
        return InvitationSummary.of(invitations.invite(account(username)));
    }

    private Account account(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", normalized).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("account.notFound", username));
    }

    /** Whom the link is for, when it can still be used; otherwise why not (unknown, used, expired). */
    @PermitAll
    public InvitationSummary check(String secret) {
        return InvitationSummary.of(invitations.usable(secret));
    }

    /** Sets the password chosen through the link; the link then stops working. */
    @PermitAll
    public void accept(String secret, String password) {
        invitations.accept(secret, password);
    }
}
