package fr.tandem.school;

import fr.tandem.school.calendar.SchoolHolidayPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A school-holiday period of a zone, imported from the ministry's calendar, against which sessions are checked. */
@Entity
@Table(name = "school_holiday")
public class SchoolHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_holiday_seq")
    @SequenceGenerator(name = "school_holiday_seq", sequenceName = "school_holiday_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 20)
    private String zone;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(name = "first_day_off", nullable = false)
    private LocalDate firstDayOff;

    @Column(name = "classes_resume", nullable = false)
    private LocalDate classesResume;

    protected SchoolHoliday() {
        // for JPA
    }

    public SchoolHoliday(SchoolHolidayPeriod period) {
        this.zone = period.zone();
        this.description = period.description();
        this.firstDayOff = period.firstDayOff();
        this.classesResume = period.classesResume();
    }

    public SchoolHolidayPeriod period() {
        return new SchoolHolidayPeriod(description, zone, firstDayOff, classesResume);
    }

    public String zone() {
        return zone;
    }
}
