package fr.tandem.training;

import fr.tandem.people.Account;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import jakarta.persistence.Basic;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Hours a teacher did outside Tandem (m@gistère, a constellation, an académie course…), declared
 * with a certificate and waiting for their inspector: validated, they count in the 18 hours by
 * nature and modality (under the one 9-hour distance cap); refused, with a reason; withdrawn by the
 * teacher while they wait.
 */
@Entity
@Table(name = "outside_hours")
public class OutsideHours {

    /** The file name left in place of an erased certificate. */
    public static final String ERASED = "certificat-efface";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outside_hours_seq")
    @SequenceGenerator(name = "outside_hours_seq", sequenceName = "outside_hours_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account teacher;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutsideProvider provider;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OfferNature nature;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Modality modality;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutsideHoursStatus status;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Version
    private long version;

    protected OutsideHours() {
        // for JPA
    }

    /**
     * A declaration waiting for the inspector.
     *
     * @throws RuleViolation {@code outsideHours.title.required}, {@code outsideHours.provider.required},
     *         {@code outsideHours.date.required}, {@code outsideHours.date.future}, {@code outsideHours.nature.required},
     *         {@code outsideHours.modality.required} (présentiel or distance), {@code outsideHours.minutes.range}
     */
    public OutsideHours(Account teacher, OutsideHoursDetails details, Certificate certificate, LocalDate today,
                        Instant now) {
        this.teacher = Objects.requireNonNull(teacher);
        this.title = Texts.required(details.title(), "outsideHours.title.required", 200);
        this.provider = required(details.provider(), "outsideHours.provider.required");
        this.doneOn = required(details.doneOn(), "outsideHours.date.required");
        if (doneOn.isAfter(today)) {
            throw new RuleViolation("outsideHours.date.future");
        }
        this.nature = required(details.nature(), "outsideHours.nature.required");
        if (details.modality() != Modality.PRESENTIEL && details.modality() != Modality.DISTANCE) {
            throw new RuleViolation("outsideHours.modality.required");
        }
        this.modality = details.modality();
        if (details.minutes() == null || details.minutes() <= 0 || details.minutes() > CreditedHours.MAX_MINUTES) {
            throw new RuleViolation("outsideHours.minutes.range");
        }
        this.minutes = details.minutes();
        this.fileName = certificate.fileName();
        this.contentType = certificate.contentType();
        this.content = certificate.content().clone();
        this.status = OutsideHoursStatus.PENDING;
        this.declaredAt = now;
    }

    private static <T> T required(T value, String key) {
        if (value == null) {
            throw new RuleViolation(key);
        }
        return value;
    }

    /** The inspector validates: the hours count. */
    public void validate(Account inspector, Instant now) {
        pending();
        status = OutsideHoursStatus.VALIDATED;
        decidedBy = inspector;
        decidedAt = now;
    }

    /**
     * The inspector refuses, saying why.
     *
     * @throws RuleViolation {@code outsideHours.reason.required} without a reason
     */
    public void refuse(Account inspector, String reason, Instant now) {
        pending();
        refusalReason = Texts.required(reason, "outsideHours.reason.required", 1000);
        status = OutsideHoursStatus.REFUSED;
        decidedBy = inspector;
        decidedAt = now;
    }

    /** The teacher takes back a declaration that still waits. */
    public void withdraw(Instant now) {
        pending();
        status = OutsideHoursStatus.WITHDRAWN;
        decidedAt = now;
    }

    private void pending() {
        if (status != OutsideHoursStatus.PENDING) {
            throw new RuleViolation("outsideHours.decided");
        }
    }

    public Long id() {
        return id;
    }

    public Account teacher() {
        return teacher;
    }

    public String title() {
        return title;
    }

    public OutsideProvider provider() {
        return provider;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public OfferNature nature() {
        return nature;
    }

    public Modality modality() {
        return modality;
    }

    public int minutes() {
        return minutes;
    }

    public Certificate certificate() {
        return new Certificate(fileName, contentType, content);
    }

    /** Erases the certificate's file (its teacher was anonymised); the declaration and its hours stay. */
    public void eraseCertificate() {
        content = new byte[0];
        fileName = ERASED;
    }

    /** Whether the certificate's file was erased. */
    public boolean certificateErased() {
        return content.length == 0;
    }

    public String fileName() {
        return fileName;
    }

    public OutsideHoursStatus status() {
        return status;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
