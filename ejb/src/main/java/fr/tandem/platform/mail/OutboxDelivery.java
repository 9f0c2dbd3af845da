package fr.tandem.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends outbox messages, each in a transaction of its own with its row locked, so that a message
 * is marked sent with the send and two senders never send it twice. A mail that carries a secret
 * gets it now from its {@link OutboxSecrets} (a new one at each attempt), never from the table.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<OutboxSecrets> secrets;

    /** The messages due now, oldest first. */
    public List<Long> due(int max) {
        return em.createQuery("select m.id from OutboxMessage m where m.sentAt is null and m.attempts < :max "
                        + "and m.nextAttemptAt <= :now order by m.id", Long.class)
                .setParameter("max", OutboxMessage.MAX_ATTEMPTS).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.sent()) {
            return;
        }
        String body = message.body();
        if (message.secretRef() != null) {
            Optional<String> secret = secrets.stream().filter(source -> source.handles(message.secretRef())).findFirst()
                    .flatMap(source -> source.issue(message.secretRef()));
            if (secret.isEmpty()) {
                em.remove(message);
                return;
            }
            body = body.replace(OutboxMessage.SECRET, secret.get());
        }
        try {
            Transport.send(mime(message, body));
            message.markSent(clock.instant());
        } catch (MessagingException failed) {
            LOG.log(Level.WARNING, "Mail {0} not sent yet (attempt {1}): {2}",
                    new Object[] {message.key(), message.attempts() + 1, failed.getMessage()});
            message.markFailed(failed.getMessage(), clock.instant());
        }
    }

    private MimeMessage mime(OutboxMessage message, String body) throws MessagingException {
        MimeMessage mime = new MimeMessage(settings.session());
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient()));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setHeader("X-Tandem-Key", message.key());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        MimeMultipart parts = new MimeMultipart("mixed");
        parts.addBodyPart(text);
        if (message.calendar() != null) {
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(message.calendar(),
                    "text/calendar; charset=UTF-8; method=" + message.calendarMethod());
            calendar.setFileName("CANCEL".equals(message.calendarMethod()) ? "annulation.ics" : "convocation.ics");
            parts.addBodyPart(calendar);
        }
        mime.setContent(parts);
        return mime;
    }
}
