package fr.tandem.licence;

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

/**
 * How many people use a licence in a school, from the GAR's assignment counts (students,
 * teachers, librarians, other staff). One row per licence and school, replaced by each import.
 */
@Entity
@Table(name = "licence_usage")
public class LicenceUsage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_usage_seq")
    @SequenceGenerator(name = "licence_usage_seq", sequenceName = "licence_usage_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "licence_id", nullable = false)
    private Licence licence;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Column(nullable = false)
    private int students;

    @Column(nullable = false)
    private int teachers;

    @Column(nullable = false)
    private int others;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected LicenceUsage() {
        // for JPA
    }

    public LicenceUsage(Licence licence, School school) {
        this.licence = licence;
        this.school = school;
    }

    /** Sets the counts; returns whether they changed (an import tells updated lines from unchanged ones). */
    public boolean record(int newStudents, int newTeachers, int newOthers, Instant now) {
        boolean changed = importedAt == null || students != newStudents || teachers != newTeachers || others != newOthers;
        students = newStudents;
        teachers = newTeachers;
        others = newOthers;
        importedAt = now;
        return changed;
    }

    public int users() {
        return students + teachers + others;
    }

    public Licence licence() {
        return licence;
    }

    public School school() {
        return school;
    }

    public int students() {
        return students;
    }

    public int teachers() {
        return teachers;
    }

    public int others() {
        return others;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
