package fr.tandem.platform.mail;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues a mail in the caller's transaction (a key already queued is not queued again), or
 * withdraws mails not sent yet, such as the reminder of a booking just cancelled. A mail that
 * carries a secret is queued without it (see {@link OutboxSecrets}).
 */
@Dependent
public class Outbox {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    public void enqueue(String key, String recipient, String subject, String body, String calendar, String method) {
        enqueueAt(clock.instant(), key, recipient, subject, body, calendar, method);
    }

    public void enqueueAt(Instant dueAt, String key, String recipient, String subject, String body, String calendar,
                          String method) {
        boolean known = !em.createQuery("select m.id from OutboxMessage m where m.key = :k", Long.class)
                .setParameter("k", key).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            em.persist(new OutboxMessage(key, recipient, subject, body, calendar, method, clock.instant(), dueAt));
        }
    }

    /**
     * Queues a mail whose body holds {@link OutboxMessage#SECRET} where a secret goes: the
     * {@link OutboxSecrets} that answers for {@code secretRef} issues the secret when the mail is sent.
     */
    public void enqueueWithSecret(String key, String recipient, String subject, String body, String secretRef) {
        em.persist(OutboxMessage.withSecret(key, recipient, subject, body, secretRef, clock.instant()));
    }

    /** Deletes the messages not sent yet whose key starts with the prefix; answers how many. */
    public int withdraw(String keyPrefix) {
        return em.createQuery("delete from OutboxMessage m where m.key like :prefix and m.sentAt is null")
                .setParameter("prefix", keyPrefix.replace("%", "") + "%").executeUpdate();
    }
}
