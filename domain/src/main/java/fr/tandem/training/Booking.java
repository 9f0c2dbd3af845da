package fr.tandem.training;

import fr.tandem.people.Account;
import fr.tandem.platform.RuleViolation;
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

/**
 * A teacher's place for a session: a seat, a place in the waiting line, or cancelled. One per
 * teacher and session (a database constraint); changed only by its session.
 */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id", nullable = false)
    private Account teacher;

    /** The teacher's id, read from the same column: whose booking it is, without loading the teacher. */
    @Column(name = "teacher_id", insertable = false, updatable = false)
    private Long teacherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    /** When the teacher asked: the order of the waiting line. */
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Attendance attendance;

    /** Why the inspector refused the request (issue 17). */
    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason", length = 30)
    private RefusalReason refusalReason;

    /** Why the teacher gave up the seat late (issue 17). */
    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason", length = 30)
    private CancellationReason cancellationReason;

    /** The words that go with the refusal or the late cancellation. */
    @Column(name = "reason_note", length = 500)
    private String reasonNote;

    /** Whether the teacher cancelled within the late-cancellation notice. */
    @Column(name = "late_cancellation", nullable = false)
    private boolean lateCancellation;

    /** When the teacher was told their request still waits (once per request). */
    @Column(name = "waiting_notice_at")
    private Instant waitingNoticeAt;
    /** When the teacher marked themselves present by the trainer's code (null when the mark, if any, is the trainer's). */
    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    /** Whether the inspector gave this seat (designation) rather than the teacher booking it. */
    @Column(nullable = false)
    private boolean designated;

    @Version
    private long version;

    protected Booking() {
        // for JPA
    }

    Booking(TrainingSession session, Account teacher, BookingStatus status, Instant now) {
        this.session = session;
        this.teacher = teacher;
        this.teacherId = teacher.id();
        renew(status, now);
    }

    void renew(BookingStatus newStatus, Instant now) {
        status = newStatus;
        requestedAt = now;
        confirmedAt = newStatus == BookingStatus.CONFIRMED ? now : null;
        cancelledAt = null;
        designated = false;
        refusalReason = null;
        cancellationReason = null;
        reasonNote = null;
        lateCancellation = false;
        waitingNoticeAt = null;
    }

    /**
     * Records the émargement; only a teacher who had a seat can be marked. A trainer's mark other
     * than present replaces a self check-in, which is then forgotten.
     */
    void recordAttendance(Attendance mark) {
        if (status != BookingStatus.CONFIRMED) {
            throw new RuleViolation("attendance.notSeated");
        }
        attendance = mark;
        if (mark != Attendance.PRESENT) {
            checkedInAt = null;
        }
    }

    /** The teacher's own presence mark, by the trainer's code. */
    void checkIn(Instant now) {
        recordAttendance(Attendance.PRESENT);
        checkedInAt = now;
    }

    void cancel(Instant now) {
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
    }

    void accept(BookingStatus newStatus, Instant now) {
        status = newStatus;
        confirmedAt = newStatus == BookingStatus.CONFIRMED ? now : null;
    }

    void cancelLate(Instant now, CancellationReason reason, String note) {
        cancel(now);
        cancellationReason = reason;
        reasonNote = note;
        lateCancellation = true;
    }

    void refuse(Instant now, RefusalReason reason, String note) {
        status = BookingStatus.REFUSED;
        cancelledAt = now;
        refusalReason = reason;
        reasonNote = note;
    }

    /** Notes that the teacher was told their request still waits; false if they already were. */
    public boolean noteWaitingNotice(Instant now) {
        if (status != BookingStatus.PENDING || waitingNoticeAt != null) {
            return false;
        }
        waitingNoticeAt = now;
        return true;
    }

    void designate(Instant now) {
        status = BookingStatus.CONFIRMED;
        confirmedAt = now;
        cancelledAt = null;
        designated = true;
    }

    void promote(Instant now) {
        status = BookingStatus.CONFIRMED;
        confirmedAt = now;
    }

    public Long id() {
        return id;
    }

    public TrainingSession session() {
        return session;
    }

    public Account teacher() {
        return teacher;
    }

    /** Whether this is the booking of the teacher (compared by id, the teacher is not loaded). */
    public boolean isOf(Account someone) {
        return teacherId != null && teacherId.equals(someone.id());
    }

    public BookingStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public boolean designated() {
        return designated;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Attendance attendance() {
        return attendance;
    }

    public RefusalReason refusalReason() {
        return refusalReason;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public String reasonNote() {
        return reasonNote;
    }

    public boolean lateCancellation() {
        return lateCancellation;
    }
}
