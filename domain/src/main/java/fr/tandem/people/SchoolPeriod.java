package fr.tandem.people;

import fr.tandem.school.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A span of time a person worked in one school: opened when they arrive, ended when they move
 * (their bookings, hours and requests stay theirs whatever school they are in now).
 */
@Entity
@Table(name = "school_period")
public class SchoolPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_period_seq")
    @SequenceGenerator(name = "school_period_seq", sequenceName = "school_period_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected SchoolPeriod() {
        // for JPA
    }

    public SchoolPeriod(Account account, School school, Instant startedAt) {
        this.account = Objects.requireNonNull(account);
        this.school = Objects.requireNonNull(school);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    /** Ends the period (the person left the school); an ended period stays as it is. */
    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now.isBefore(startedAt) ? startedAt : now;
        }
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public School school() {
        return school;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
