package fr.tandem.training;

import fr.tandem.people.Account;
import fr.tandem.platform.RuleViolation;
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
import java.util.regex.Pattern;

/**
 * An attestation of training hours as it was issued: a random verification code printed on it (and
 * in its QR code), and what it attested, frozen (the teacher's name and school, the school year, the
 * hours done and due, who issued it and when), so that the public check page answers with the very
 * figures of the paper. Never issued for 0 hours.
 */
@Entity
@Table(name = "issued_attestation")
public class IssuedAttestation {

    /** A verification code: 32 characters of base 32 (160 random bits). */
    public static final Pattern CODE = Pattern.compile("[A-Z2-7]{32}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_attestation_seq")
    @SequenceGenerator(name = "issued_attestation_seq", sequenceName = "issued_attestation_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 32, unique = true)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account teacher;

    @Column(name = "teacher_name", nullable = false, length = 300)
    private String teacherName;

    @Column(name = "school_name", length = 300)
    private String schoolName;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "minutes_done", nullable = false)
    private int minutesDone;

    @Column(name = "minutes_due", nullable = false)
    private int minutesDue;

    @Column(name = "issuer", nullable = false, length = 600)
    private String issuer;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected IssuedAttestation() {
        // for JPA
    }

    /**
     * Records an attestation about to be printed.
     *
     * @throws RuleViolation {@code attestation.noHours} when no hour is attested
     */
    public IssuedAttestation(String code, Account teacher, SchoolYear year, int minutesDone, int minutesDue,
                             String issuer, Instant issuedAt) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a verification code");
        }
        if (minutesDone <= 0) {
            throw new RuleViolation("attestation.noHours", year.label());
        }
        this.code = code;
        this.teacher = Objects.requireNonNull(teacher);
        this.teacherName = teacher.displayName();
        this.schoolName = teacher.school() == null ? null : teacher.school().name();
        this.startYear = year.startYear();
        this.minutesDone = minutesDone;
        this.minutesDue = minutesDue;
        this.issuer = Objects.requireNonNull(issuer);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public String code() {
        return code;
    }

    public Account teacher() {
        return teacher;
    }

    public String teacherName() {
        return teacherName;
    }

    public String schoolName() {
        return schoolName;
    }

    public SchoolYear year() {
        return new SchoolYear(startYear);
    }

    public int minutesDone() {
        return minutesDone;
    }

    public int minutesDue() {
        return minutesDue;
    }

    public String issuer() {
        return issuer;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
