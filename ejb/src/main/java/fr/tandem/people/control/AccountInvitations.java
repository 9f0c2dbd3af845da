package fr.tandem.people.control;

import fr.tandem.people.Account;
import fr.tandem.people.Invitation;
import fr.tandem.people.PasswordRules;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Sha256;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.platform.mail.OutboxMessage;
import fr.tandem.platform.mail.PublicUrl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Invitations to choose a first password: a mail queued in the caller's transaction, in the
 * person's language, with a link to {@code invitation.xhtml} whose random secret is issued when the
 * mail is sent ({@link InvitationSecrets}); only its digest is stored, and a new invitation replaces
 * the account's older ones.
 */
@Dependent
public class AccountInvitations {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_PREFIX = "invitation-";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    /**
     * Invites an active account that has no password yet: the older invitations and their mails not
     * sent yet are withdrawn; the mail is queued without its secret, issued when it is sent.
     */
    public Invitation invite(Account account) {
        if (account.hasPassword()) {
            throw new RuleViolation("invitation.hasPassword", account.username());
        }
        em.createQuery("delete from Invitation i where i.account = :a and i.usedAt is null")
                .setParameter("a", account).executeUpdate();
        outbox.withdraw(KEY_PREFIX + account.id() + "-");
        Invitation invitation = new Invitation(account, clock.instant());
        em.persist(invitation);
        if (invitation.id() == null) {
            em.flush();
        }
        TextBundle texts = TextBundle.of(TextBundle.MAILS, account.language());
        String body = texts.text("greeting", account.firstName())
                + texts.text("invitation.body", account.username(),
                publicUrl.of("invitation.xhtml?t=" + OutboxMessage.SECRET),
                texts.date("invitation.expires.pattern", invitation.expiresAt()))
                + texts.text("invitation.signature");
        outbox.enqueueWithSecret(KEY_PREFIX + account.id() + "-" + invitation.id(), account.email(),
                texts.text("invitation.subject"), body, InvitationSecrets.REFERENCE + invitation.id());
        return invitation;
    }

    /** A new secret for the invitation's mail, its digest kept; empty when the invitation was replaced or used. */
    Optional<String> issue(long invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.awaitsSecret()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        invitation.issueSecret(Sha256.hex(secret));
        return Optional.of(secret);
    }

    /** The invitation whose link carries the secret, if it can still be used; refused with a clear reason. */
    public Invitation usable(String secret) {
        Invitation invitation = find(secret);
        Instant now = clock.instant();
        if (!invitation.usableAt(now)) {
            // says why: used, expired, or the account deactivated
            invitation.use(now);
        }
        return invitation;
    }

    /** Sets the first password of the invited account; the link works once. */
    public Account accept(String secret, String password) {
        Invitation invitation = find(secret);
        Account account = invitation.account();
        invitation.use(clock.instant());
        PasswordRules.check(account.username(), password);
        account.changePasswordHash(PasswordHashing.hash(password), clock.instant());
        return account;
    }

    private Invitation find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new NotFound("invitation.unknown");
        }
        return em.createQuery("select i from Invitation i where i.secretDigest = :d", Invitation.class)
                .setParameter("d", Sha256.hex(secret.strip())).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("invitation.unknown"));
    }
}
