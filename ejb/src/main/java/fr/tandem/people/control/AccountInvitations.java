package fr.tandem.people.control;

import fr.tandem.people.Account;
import fr.tandem.people.Invitation;
import fr.tandem.people.PasswordRules;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Sha256;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import fr.tandem.platform.mail.PublicUrl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * Invitations to choose a first password: a random secret goes by mail (through the outbox, in the
 * caller's transaction, in the person's language) in a link to {@code invitation.xhtml}; only its
 * digest is stored, and a new invitation replaces the account's older ones.
 */
@Dependent
public class AccountInvitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PublicUrl publicUrl;

    /** Invites an active account that has no password yet. */
    public Invitation invite(Account account) {
        if (account.passwordHash() != null) {
            throw new RuleViolation("invitation.hasPassword", account.username());
        }
        em.createQuery("delete from Invitation i where i.account = :a and i.usedAt is null")
                .setParameter("a", account).executeUpdate();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String digest = Sha256.hex(secret);
        Invitation invitation = new Invitation(account, digest, clock.instant());
        em.persist(invitation);
        TextBundle texts = TextBundle.of(TextBundle.MAILS, account.language());
        String body = texts.text("greeting", account.firstName())
                + texts.text("invitation.body", account.username(), publicUrl.of("invitation.xhtml?t=" + secret),
                texts.date("invitation.expires.pattern", invitation.expiresAt()))
                + texts.text("invitation.signature");
        // the key names the invitation by a part of the digest, never by the secret
        outbox.enqueue("invitation-" + digest.substring(0, 40), account.email(), texts.text("invitation.subject"), body,
                null, null);
        return invitation;
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
