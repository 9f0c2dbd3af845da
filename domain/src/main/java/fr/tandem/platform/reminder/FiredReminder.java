package fr.tandem.platform.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder fired for one subject of a topic (a licence's expiry, an item's warranty end, a
 * contract's notice date or end): a stage in days before the deadline, or 0 for an alert without
 * stages. A unique constraint on topic, subject and stage makes each fire once, whatever the
 * number of servers or restarts; it is also the in-app notice of the subject's city, read or not.
 * The subject and its city are kept by id: the platform knows no business component.
 */
@Entity
@Table(name = "reminder")
public class FiredReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 30)
    private String topic;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "city_id")
    private Long cityId;

    @Column(name = "stage_days", nullable = false)
    private int stageDays;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected FiredReminder() {
        // for JPA
    }

    public FiredReminder(String topic, long subjectId, Long cityId, int stageDays, LocalDate dueOn, Instant firedAt) {
        this.topic = topic;
        this.subjectId = subjectId;
        this.cityId = cityId;
        this.stageDays = stageDays;
        this.dueOn = dueOn;
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

    public String topic() {
        return topic;
    }

    public long subjectId() {
        return subjectId;
    }

    public Long cityId() {
        return cityId;
    }

    public int stageDays() {
        return stageDays;
    }

    /** The deadline the reminder was about (null for an alert without one). */
    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant firedAt() {
        return firedAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
