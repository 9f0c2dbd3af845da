package fr.tandem.privacy.control;

import fr.tandem.people.Account;
import fr.tandem.platform.audit.AuditPseudonyms;
import fr.tandem.training.OutsideHours;
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
 * pseudonym wherever it named the person, and so do the columns that keep who did something by name
 * ({@link #NAMED_BY}: an item's history, loans, interventions, audits, knowledge-base answers, grant claims) and the
 * attestations issued to them; the certificates of hours they did outside Tandem are erased (the
 * declarations and their hours stay). Bookings, attendance, hours, requests, ratings and messages stay
 * on the same account row, now pseudonymous.
 */
@Dependent
public class AccountAnonymisation {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** Table and column of every record that keeps, as text, the username of the person who did something. */
    static final List<String[]> NAMED_BY = List.of(new String[] {"equipment_event", "done_by"},
            new String[] {"support_attachment", "uploaded_by"}, new String[] {"kit_reservation", "decided_by"},
            new String[] {"kit_reservation", "checked_out_by"}, new String[] {"kit_reservation", "returned_by"},
            new String[] {"equipment_maintenance", "recorded_by"}, new String[] {"audit_campaign", "opened_by"},
            new String[] {"audit_campaign", "closed_by"}, new String[] {"audit_item", "seen_by"},
            new String[] {"grant_claim", "made_by"}, new String[] {"grant_claim", "closed_by"});

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
        String displayName = account.displayName();
        account.anonymise(now);
        em.flush();
        for (String[] column : NAMED_BY) {
            em.createNativeQuery("update " + column[0] + " set " + column[1] + " = ?1 where " + column[1] + " = ?2")
                    .setParameter(1, account.pseudonym()).setParameter(2, username).executeUpdate();
        }
        em.createNativeQuery("update knowledge_answer set updated_by = ?1 where updated_by = ?2")
                .setParameter(1, account.pseudonym()).setParameter(2, displayName).executeUpdate();
        em.createNativeQuery("update issued_attestation set teacher_name = ?1 where account_id = ?2")
                .setParameter(1, account.pseudonym()).setParameter(2, accountId).executeUpdate();
        em.createQuery("select o from OutsideHours o where o.teacher = :a", OutsideHours.class)
                .setParameter("a", account).getResultStream().forEach(OutsideHours::eraseCertificate);
        auditPseudonyms.replace(new AuditPseudonyms.Person("Account", String.valueOf(accountId), username,
                List.of(username, email), names,
                Map.of("username", account.username(), "firstName", account.firstName(),
                        "lastName", account.lastName(), "email", account.email()),
                account.pseudonym()));
        return true;
    }
}
