package fr.tandem.platform.mail;

import fr.tandem.platform.audit.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail waiting to be sent, written in the same transaction as the change it tells about, so
 * that no change goes untold and no mail tells of a change that was rolled back. Its key makes
 * each message unique: the same event never queues two mails.
 */
@Entity
@Table(name = "outbox_message")
@NotAudited
public class OutboxMessage {

    /** Stands in a body for a secret that is issued only when the mail is sent (see {@link #secretRef()}). */
    public static final String SECRET = "{{secret}}";

    /** After this many failed attempts a message waits for a person to look at it. */
    public static final int MAX_ATTEMPTS = 20;
    private static final Duration MAX_DELAY = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_key", nullable = false, unique = true, length = 200)
    private String key;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    /** An iCalendar attachment, or null. */
    @Column(name = "calendar", length = 8000)
    private String calendar;

    /** REQUEST or CANCEL when there is a calendar attachment. */
    @Column(name = "calendar_method", length = 10)
    private String calendarMethod;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    /**
     * What issues the secret the body's {@link #SECRET} placeholder stands for, when the mail is
     * sent (e.g. {@code invitation:42}), or null for a mail without a secret.
     */
    @Column(name = "secret_ref", length = 100)
    private String secretRef;

    protected OutboxMessage() {
        // for JPA
    }

    /**
     * @param dueAt when to send it: now, or later for a reminder (withdrawn if what it reminds of
     *              is cancelled first)
     */
    public OutboxMessage(String key, String recipient, String subject, String body, String calendar,
                         String calendarMethod, Instant now, Instant dueAt) {
        this.key = Objects.requireNonNull(key);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.calendar = calendar;
        this.calendarMethod = calendarMethod;
        this.createdAt = now;
        this.nextAttemptAt = dueAt.isBefore(now) ? now : dueAt;
    }

    /**
     * A mail sent now whose body holds {@link #SECRET} in place of a secret that the source named by
     * {@code secretRef} issues when the mail is sent, so that the secret is never stored.
     */
    public static OutboxMessage withSecret(String key, String recipient, String subject, String body, String secretRef,
                                           Instant now) {
        if (!body.contains(SECRET)) {
            throw new IllegalArgumentException("a mail with a secret holds its placeholder");
        }
        OutboxMessage message = new OutboxMessage(key, recipient, subject, body, null, null, now, now);
        message.secretRef = Objects.requireNonNull(secretRef);
        return message;
    }

    public void markSent(Instant now) {
        sentAt = now;
        lastError = null;
    }

    /** Records a failure and waits longer before the next attempt (5 s, 10 s, 20 s… up to 30 min). */
    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
        long seconds = Math.min(MAX_DELAY.toSeconds(), 5L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plusSeconds(seconds);
    }

    public boolean sent() {
        return sentAt != null;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String calendar() {
        return calendar;
    }

    public String calendarMethod() {
        return calendarMethod;
    }

    public String secretRef() {
        return secretRef;
    }

    public int attempts() {
        return attempts;
    }
}
