package fr.tandem.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An alert fired for a licence: an expiry stage (days before the end) or the low-seats alert
 * (stage 0). A unique constraint on licence, kind and stage makes each fire once, whatever the
 * number of servers or restarts; its mails and in-app notice are written in the same transaction.
 */
@Entity
@Table(name = "licence_reminder")
public class LicenceReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_reminder_seq")
    @SequenceGenerator(name = "licence_reminder_seq", sequenceName = "licence_reminder_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "licence_id", nullable = false)
    private Licence licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReminderKind kind;

    @Column(name = "stage_days", nullable = false)
    private int stageDays;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected LicenceReminder() {
        // for JPA
    }

    public LicenceReminder(Licence licence, ReminderKind kind, int stageDays, Instant firedAt) {
        this.licence = licence;
        this.kind = kind;
        this.stageDays = stageDays;
        this.firedAt = firedAt;
    }

    /** Marks the in-app notice as read. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Licence licence() {
        return licence;
    }

    public ReminderKind kind() {
        return kind;
    }

    public int stageDays() {
        return stageDays;
    }

    public Instant firedAt() {
        return firedAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
