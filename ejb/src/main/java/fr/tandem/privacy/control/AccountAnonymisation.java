package fr.tandem.privacy.control;

import fr.tandem.people.Account;
import fr.tandem.platform.audit.AuditPseudonyms;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Anonymises one deactivated account, in the caller's transaction: its identity becomes the pseudonym
 * {@code anonyme-<id>} (see {@link Account#anonymise}); its API tokens, invitations, login-failure
 * counters and the mails queued or kept for its address are deleted; the audit trail carries the
 * pseudonym wherever it named the person. Bookings, attendance, hours, requests and messages stay on
 * the same account row, now pseudonymous.
 */
@Dependent
public class AccountAnonymisation {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    AuditPseudonyms auditPseudonyms;

    /** Accounts deactivated before {@code deactivatedBefore} and not anonymised yet, oldest first. */
    public List<Long> due(Instant deactivatedBefore) {
        return em.createQuery("select a.id from Account a where a.deactivatedAt is not null"
                        + " and a.deactivatedAt < :before and a.anonymisedAt is null order by a.deactivatedAt, a.id",
                        Long.class)
                .setParameter("before", deactivatedBefore).getResultList();
    }

    /**
     * Anonymises the account if it is still due, its row locked first: a second server (or a second
     * run) that reaches it waits, then finds it done. Answers whether this call anonymised it.
     */
    public boolean anonymiseIfDue(long accountId, Instant deactivatedBefore, Instant now) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.active() || account.anonymised() || account.deactivatedAt() == null
                || !account.deactivatedAt().isBefore(deactivatedBefore)) {
            return false;
        }
        String username = account.username();
        String email = account.email();
        List<String> names = List.of(account.firstName(), account.lastName(), account.displayName());
        em.createQuery("delete from ApiToken t where t.account = :a").setParameter("a", account).executeUpdate();
        em.createQuery("delete from Invitation i where i.account = :a").setParameter("a", account).executeUpdate();
        em.createQuery("delete from LoginThrottle l where l.username = :u").setParameter("u", username)
                .executeUpdate();
        em.createQuery("delete from OutboxMessage m where m.recipient = :r").setParameter("r", email).executeUpdate();
        account.anonymise(now);
        em.flush();
        auditPseudonyms.replace(new AuditPseudonyms.Person("Account", String.valueOf(accountId), username,
                List.of(username, email), names,
                Map.of("username", account.username(), "firstName", account.firstName(),
                        "lastName", account.lastName(), "email", account.email()),
                account.pseudonym()));
        return true;
    }
}
