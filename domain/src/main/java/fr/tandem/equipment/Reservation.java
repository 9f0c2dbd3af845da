package fr.tandem.equipment;

import fr.tandem.people.Account;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.School;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A kit reserved for a school from one day to another (both included), and what became of it:
 * requested, approved or refused (with a reason), checked out, returned (condition, missing parts,
 * a note and a photo), or cancelled by its requester before check-out. Its rules on dates are
 * checked here; that no two live reservations of a kit overlap is the boundary's (it locks the kit).
 */
@Entity
@Table(name = "kit_reservation")
public class Reservation {

    /** The largest photo taken at check-in, in bytes. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kit_reservation_seq")
    @SequenceGenerator(name = "kit_reservation_seq", sequenceName = "kit_reservation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kit_id")
    private Kit kit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id")
    private Account requester;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(length = 1000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReservationStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    @Column(name = "checked_out_by", length = 100)
    private String checkedOutBy;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "returned_by", length = 100)
    private String returnedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_condition", length = 20)
    private KitCondition condition;

    @Column(name = "missing_parts", length = 2000)
    private String missingParts;

    @Column(name = "return_note", length = 2000)
    private String returnNote;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo")
    private byte[] photo;

    @Column(name = "photo_type", length = 50)
    private String photoType;

    @Column(name = "late_reminded_on")
    private LocalDate lateRemindedOn;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected Reservation() {
        // for JPA
    }

    /**
     * A request for the kit on these days, for the school; an automatic pool approves it at once.
     * It may not start before {@code today}, end before it starts, or last longer than the pool allows.
     */
    public Reservation(Kit kit, Account requester, School school, LocalDate from, LocalDate to, String note,
                       boolean demo, LocalDate today, Instant now) {
        this.kit = Objects.requireNonNull(kit, "kit");
        this.requester = Objects.requireNonNull(requester, "requester");
        this.school = Objects.requireNonNull(school, "school");
        if (from == null || to == null) {
            throw new RuleViolation("loans.dates.required");
        }
        if (from.isBefore(today)) {
            throw new RuleViolation("loans.dates.past");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation("loans.dates.order");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > kit.pool().maxDays()) {
            throw new RuleViolation("loans.dates.tooLong", kit.pool().maxDays());
        }
        this.startsOn = from;
        this.endsOn = to;
        this.note = Texts.optionalBlock(note, 1000);
        this.demo = demo;
        this.requestedAt = now;
        this.status = ReservationStatus.REQUESTED;
        if (kit.pool().approval() == LoanApproval.AUTOMATIC) {
            this.status = ReservationStatus.APPROVED;
            this.decidedBy = "auto";
            this.decidedAt = now;
        }
    }

    /** Whether it holds the kit on at least one of these days. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return status.live() && !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }

    public void approve(String by, Instant now) {
        require(ReservationStatus.REQUESTED);
        status = ReservationStatus.APPROVED;
        decidedBy = by;
        decidedAt = now;
    }

    public void refuse(String reason, String by, Instant now) {
        require(ReservationStatus.REQUESTED);
        refusalReason = Texts.required(reason, "loans.refusal.reason.required", 1000);
        status = ReservationStatus.REFUSED;
        decidedBy = by;
        decidedAt = now;
    }

    /** The requester withdraws it, before the kit is handed over. */
    public void cancel(Instant now) {
        if (status != ReservationStatus.REQUESTED && status != ReservationStatus.APPROVED) {
            throw new RuleViolation("loans.state", status);
        }
        status = ReservationStatus.CANCELLED;
        decidedAt = now;
    }

    public void checkOut(String by, Instant now) {
        require(ReservationStatus.APPROVED);
        status = ReservationStatus.CHECKED_OUT;
        checkedOutBy = by;
        checkedOutAt = now;
    }

    /** The kit comes back: its condition, the parts of its checklist missing, and a note. */
    public void checkIn(KitCondition back, List<String> missing, String returnedNote, String by, Instant now) {
        require(ReservationStatus.CHECKED_OUT);
        if (back == null) {
            throw new RuleViolation("loans.condition.required");
        }
        List<String> parts = kit.checklist();
        for (String part : missing) {
            if (!parts.contains(part)) {
                throw new RuleViolation("loans.missing.unknown", part);
            }
        }
        condition = back;
        missingParts = missing.isEmpty() ? null : String.join("\n", missing.stream().distinct().toList());
        returnNote = Texts.optionalBlock(returnedNote, 2000);
        status = ReservationStatus.RETURNED;
        returnedBy = by;
        returnedAt = now;
    }

    /**
     * The photo of the returned kit (JPEG or PNG, {@code contentType} read from its content, 5 MB at
     * most); a second one replaces the first.
     */
    public void attachPhoto(byte[] content, String contentType) {
        require(ReservationStatus.RETURNED);
        if (content == null || content.length == 0) {
            throw new RuleViolation("loans.photo.type");
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw new RuleViolation("loans.photo.tooLarge", MAX_PHOTO_BYTES / (1024 * 1024));
        }
        if (!"image/jpeg".equals(contentType) && !"image/png".equals(contentType)) {
            throw new RuleViolation("loans.photo.type");
        }
        photo = content.clone();
        photoType = contentType;
    }

    /** Whether the kit is out beyond its last day. */
    public boolean late(LocalDate today) {
        return status == ReservationStatus.CHECKED_OUT && endsOn.isBefore(today);
    }

    /**
     * Records that the borrower is reminded today of a late return; answers false when the kit is not
     * late or was already reminded today (one reminder a day at most).
     */
    public boolean remindLate(LocalDate today) {
        if (!late(today) || today.equals(lateRemindedOn)) {
            return false;
        }
        lateRemindedOn = today;
        return true;
    }

    /** Whether it came back damaged or incomplete. */
    public boolean needsRepair() {
        return status == ReservationStatus.RETURNED && (condition == KitCondition.DAMAGED || missingParts != null);
    }

    private void require(ReservationStatus expected) {
        if (status != expected) {
            throw new RuleViolation("loans.state", status);
        }
    }

    public Long id() {
        return id;
    }

    public Kit kit() {
        return kit;
    }

    public Account requester() {
        return requester;
    }

    public School school() {
        return school;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String note() {
        return note;
    }

    public ReservationStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public String checkedOutBy() {
        return checkedOutBy;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public String returnedBy() {
        return returnedBy;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public KitCondition condition() {
        return condition;
    }

    public List<String> missingParts() {
        return missingParts == null ? List.of() : List.of(missingParts.split("\n"));
    }

    public String returnNote() {
        return returnNote;
    }

    public boolean hasPhoto() {
        return photoType != null;
    }

    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    public String photoType() {
        return photoType;
    }
}
