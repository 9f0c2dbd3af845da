package fr.tandem.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One run of the school-year rollover that closed teachers' years, or that an administrator asked
 * for: when, the school year then in progress and how many teachers' years it closed (who ran it is
 * in the audit trail of this row).
 */
@Entity
@Table(name = "school_year_rollover")
public class SchoolYearRollover {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_year_rollover_seq")
    @SequenceGenerator(name = "school_year_rollover_seq", sequenceName = "school_year_rollover_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(name = "current_start_year", nullable = false)
    private int currentStartYear;

    @Column(name = "years_closed", nullable = false)
    private int yearsClosed;

    protected SchoolYearRollover() {
        // for JPA
    }

    public SchoolYearRollover(Instant ranAt, int yearsClosed) {
        this.ranAt = ranAt;
        this.currentStartYear = SchoolYear.of(ranAt).startYear();
        this.yearsClosed = yearsClosed;
    }

    public Long id() {
        return id;
    }

    public Instant ranAt() {
        return ranAt;
    }

    public SchoolYear currentYear() {
        return new SchoolYear(currentStartYear);
    }

    public int yearsClosed() {
        return yearsClosed;
    }
}
