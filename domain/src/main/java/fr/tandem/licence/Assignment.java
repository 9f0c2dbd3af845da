package fr.tandem.licence;

import fr.tandem.people.Account;
import fr.tandem.school.School;
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
 * Seats of a licence given to a school, or within it to a class, a teacher or a device (an equipment
 * item, known by its id only: licences know nothing of equipment). Released seats keep
 * their record (history); only its licence creates or releases an assignment.
 */
@Entity
@Table(name = "licence_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_assignment_seq")
    @SequenceGenerator(name = "licence_assignment_seq", sequenceName = "licence_assignment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "licence_id", nullable = false)
    private Licence licence;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentTarget target;

    @Column(name = "class_name", length = 100)
    private String className;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id")
    private Account teacher;

    /** The equipment item holding the seats, for {@link AssignmentTarget#DEVICE}. */
    @Column(name = "equipment_id")
    private Long equipmentId;

    @Column(nullable = false)
    private int seats;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected Assignment() {
        // for JPA
    }

    Assignment(Licence licence, School school, AssignmentTarget target, String className, Account teacher,
               Long equipmentId, int seats, Instant now) {
        this.licence = licence;
        this.school = school;
        this.target = target;
        this.className = className;
        this.teacher = teacher;
        this.equipmentId = equipmentId;
        this.seats = seats;
        this.assignedAt = now;
    }

    void renameClass(String newClassName) {
        className = newClassName;
    }

    void release(Instant now) {
        releasedAt = now;
    }

    public boolean active() {
        return releasedAt == null;
    }

    public Long id() {
        return id;
    }

    public Licence licence() {
        return licence;
    }

    public School school() {
        return school;
    }

    public AssignmentTarget target() {
        return target;
    }

    public String className() {
        return className;
    }

    public Account teacher() {
        return teacher;
    }

    public Long equipmentId() {
        return equipmentId;
    }

    public int seats() {
        return seats;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }
}
