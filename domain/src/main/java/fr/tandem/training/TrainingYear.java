package fr.tandem.training;

import fr.tandem.people.Account;
import fr.tandem.people.WorkingTime;
import fr.tandem.school.Circonscription;
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
 * A teacher's closed school year: the quotité, the minutes due and the school (and its
 * circonscription) of that year, frozen when the year closed on 31 August. The minutes done stay
 * counted from attendance in the year's dates, so a late correction of an attendance still counts.
 * One per teacher and year (unique in the database); the year in progress has none.
 */
@Entity
@Table(name = "training_year")
public class TrainingYear {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_year_seq")
    @SequenceGenerator(name = "training_year_seq", sequenceName = "training_year_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "working_time_percent", nullable = false)
    private int workingTimePercent;

    @Column(name = "minutes_due", nullable = false)
    private int minutesDue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "circonscription_id")
    private Circonscription circonscription;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    protected TrainingYear() {
        // for JPA
    }

    private TrainingYear(Account account, SchoolYear year, HoursDue due, School school, Instant now) {
        this.account = account;
        this.startYear = year.startYear();
        this.workingTimePercent = due.percent();
        this.minutesDue = due.minutes();
        this.school = school;
        this.circonscription = school == null ? null : school.circonscription();
        this.closedAt = now;
    }

    /**
     * Closes a finished year of a teacher with the quotité they have at its close, the hours due at that
     * quotité under the rule of the circonscription of the school they were in at its end ({@code null}:
     * none known), and that school.
     *
     * @throws IllegalStateException when the year has not ended at {@code now}, or when the hours due are
     *         not those of the teacher's quotité
     */
    public static TrainingYear close(Account teacher, SchoolYear year, School schoolAtEnd, HoursDue due, Instant now) {
        Objects.requireNonNull(teacher);
        if (now.isBefore(year.end())) {
            throw new IllegalStateException("The school year " + year.label() + " has not ended");
        }
        if (due.percent() != WorkingTime.of(teacher.workingTimePercent()).percent()) {
            throw new IllegalStateException("The hours due are not those of the teacher's quotité");
        }
        return new TrainingYear(teacher, year, due, schoolAtEnd, now);
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public SchoolYear year() {
        return new SchoolYear(startYear);
    }

    public int workingTimePercent() {
        return workingTimePercent;
    }

    public int minutesDue() {
        return minutesDue;
    }

    public School school() {
        return school;
    }

    public Circonscription circonscription() {
        return circonscription;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
