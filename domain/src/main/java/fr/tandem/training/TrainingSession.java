package fr.tandem.training;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.Conflict;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.SeatCount;
import fr.tandem.platform.SearchText;
import fr.tandem.platform.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One date of a training offer, with its seats. Booking and cancelling go through this
 * aggregate, which keeps the rules: never beyond capacity, a waiting line in arrival order, the
 * first in line promoted when a seat frees before the session starts. Callers lock the session
 * row while they book or cancel.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    /** The most places a session may have. */
    public static final int MAX_CAPACITY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", nullable = false)
    private TrainingOffer offer;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 300)
    private String place;

    /** The place folded for searching (see {@link SearchText}). */
    @Column(name = "place_search", length = 300)
    private String placeSearch;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @ManyToMany
    @JoinTable(name = "session_trainer", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "trainer_id"))
    private Set<Account> trainers = new HashSet<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("requestedAt, id")
    private List<Booking> bookings = new ArrayList<>();

    @Version
    private long version;

    protected TrainingSession() {
        // for JPA
    }

    /** A session of the offer, run by the trainers (found by the caller from the details' usernames). */
    public TrainingSession(TrainingOffer offer, SessionDetails details, Collection<Account> trainers) {
        this.offer = Objects.requireNonNull(offer);
        reschedule(details, trainers);
        offer.added(this);
    }

    /**
     * Sets date, place, capacity and trainers; a capacity below the seats already taken is
     * refused, and so is a trainer who is neither from the inspectorate nor a TRAINER account. Returns whether the date,
     * the times or the place changed, which the enrolled teachers must be told.
     */
    public boolean reschedule(SessionDetails details, Collection<Account> newTrainers) {
        if (cancelledAt != null) {
            throw new RuleViolation("session.cancelled");
        }
        TimeSlot slot = TimeSlot.ofSession(details.startsAt(), details.endsAt());
        SeatCount seats = SeatCount.of(details.capacity(), MAX_CAPACITY, "session.capacity.range")
                .notBelow(confirmedCount(), "session.capacity.belowBooked");
        String newPlace = Texts.required(details.place(), "session.place.required", 300);
        for (Account trainer : newTrainers) {
            if (!(trainer.hasRole(Role.INSPECTOR) || trainer.hasRole(Role.TRAINER)) || !trainer.active()) {
                throw new RuleViolation("session.trainer.notTrainer", trainer.displayName());
            }
        }
        boolean moved = startsAt != null && (!slot().equals(slot) || !place.equals(newPlace));
        startsAt = slot.start();
        endsAt = slot.end();
        place = newPlace;
        placeSearch = SearchText.of(newPlace);
        capacity = seats.value();
        trainers = new HashSet<>(newTrainers);
        return moved;
    }

    /**
     * Books a seat for the teacher, or a place in the waiting line when the session is full.
     * A teacher who cancelled before books again with the same record. A session of an offer
     * taken together is booked only with the others (see {@link SessionSet}).
     */
    public Booking book(Account teacher, Instant now) {
        if (offer.takenTogether()) {
            throw new RuleViolation("booking.setOnly");
        }
        checkBookable(teacher, now);
        return enter(teacher, offer.needsValidation() ? BookingStatus.PENDING
                : confirmedCount() < capacity ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED, now);
    }

    /** Refuses a teacher's booking that this session cannot take now, before any seat changes. */
    void checkBookable(Account teacher, Instant now) {
        if (!teacher.hasRole(Role.TEACHER)) {
            throw new RuleViolation("booking.teachersOnly");
        }
        if (cancelledAt != null) {
            throw new RuleViolation("session.cancelled");
        }
        if (!offer.enrolmentOpenAt(now)) {
            throw new RuleViolation("booking.windowClosed", offer.title());
        }
        if (!now.isBefore(startsAt)) {
            throw new RuleViolation("booking.started");
        }
        Optional<Booking> previous = bookingOf(teacher);
        if (previous.isPresent() && previous.get().status().active()) {
            throw new Conflict("booking.already");
        }
    }

    /** Gives the teacher the standing chosen by the caller, reusing a former booking of theirs. */
    Booking enter(Account teacher, BookingStatus status, Instant now) {
        Optional<Booking> previous = bookingOf(teacher);
        if (previous.isPresent()) {
            previous.get().renew(status, now);
            bookings.sort(ARRIVAL);
            return previous.get();
        }
        Booking booking = new Booking(this, teacher, status, now);
        bookings.add(booking);
        return booking;
    }

    /**
     * The inspector's decision on a request waiting for validation: accepted, it takes a seat,
     * or a place in the waiting line (in the order of the requests) when the session is full;
     * refused, it ends, with a reason from the list (and a note, required for {@link RefusalReason#OTHER}).
     * Possible until the session starts.
     */
    public Booking decide(Account teacher, boolean accept, RefusalReason reason, String note, Instant now) {
        if (offer.takenTogether()) {
            throw new RuleViolation("booking.setOnly");
        }
        Booking booking = pendingBooking(teacher, now);
        if (accept) {
            booking.accept(confirmedCount() < capacity ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED, now);
        } else {
            booking.refuse(now, reason, refusalNote(reason, note));
        }
        return booking;
    }

    /** The note of a refusal, checked: a reason from the list is required, and a note with {@link RefusalReason#OTHER}. */
    static String refusalNote(RefusalReason reason, String note) {
        if (reason == null) {
            throw new RuleViolation("validation.reason.required");
        }
        String words = Texts.optional(note, 500);
        if (reason == RefusalReason.OTHER && words == null) {
            throw new RuleViolation("validation.reason.noteRequired");
        }
        return words;
    }

    /** The teacher's request waiting for a decision, which can still be taken (the session has not started). */
    Booking pendingBooking(Account teacher, Instant now) {
        Booking booking = bookingOf(teacher).filter(b -> b.status() == BookingStatus.PENDING)
                .orElseThrow(() -> new RuleViolation("validation.notPending", teacher.displayName()));
        if (!now.isBefore(startsAt)) {
            throw new RuleViolation("booking.started");
        }
        return booking;
    }

    /**
     * Gives the teacher a seat by the inspector's decision (designation to an obligatoire
     * offer): no enrolment window, no validation, but never beyond capacity nor after the start.
     * A teacher waiting or pending for this session is seated; one already seated is left as is.
     */
    public Booking designate(Account teacher, Instant now) {
        if (offer.takenTogether()) {
            throw new RuleViolation("booking.setOnly");
        }
        checkDesignable(teacher, now);
        Optional<Booking> previous = bookingOf(teacher);
        if (previous.isPresent() && previous.get().status() == BookingStatus.CONFIRMED) {
            return previous.get();
        }
        if (confirmedCount() >= capacity) {
            throw new RuleViolation("designation.full", capacity);
        }
        return seat(teacher, now);
    }

    /** Refuses a designation this session cannot take (not a teacher, not an obligatoire offer, cancelled, started). */
    void checkDesignable(Account teacher, Instant now) {
        if (!teacher.hasRole(Role.TEACHER)) {
            throw new RuleViolation("booking.teachersOnly");
        }
        if (offer.category() != OfferCategory.OBLIGATOIRE_CIRCONSCRIPTION) {
            throw new RuleViolation("designation.obligatoireOnly");
        }
        if (cancelledAt != null) {
            throw new RuleViolation("session.cancelled");
        }
        if (!now.isBefore(startsAt)) {
            throw new RuleViolation("booking.started");
        }
    }

    /** Seats the designated teacher, whatever their standing was; the caller checked the seats left. */
    Booking seat(Account teacher, Instant now) {
        Optional<Booking> previous = bookingOf(teacher);
        if (previous.isPresent()) {
            previous.get().designate(now);
            return previous.get();
        }
        Booking booking = new Booking(this, teacher, BookingStatus.CONFIRMED, now);
        booking.designate(now);
        bookings.add(booking);
        return booking;
    }

    /**
     * Cancels the teacher's booking; a freed seat goes to the first in the waiting line, unless
     * the session has started. Returns the booking promoted, if any.
     */
    public Optional<Booking> cancel(Account teacher, Instant now) {
        return cancel(teacher, now, Duration.ZERO, null, null);
    }

    /**
     * Cancels the teacher's booking as {@link #cancel(Account, Instant)} does; a seat given up less
     * than {@code lateNotice} (not zero) before the start is a late cancellation, which needs a reason from the
     * list (and a note, required for {@link CancellationReason#OTHER}), kept on the booking.
     */
    public Optional<Booking> cancel(Account teacher, Instant now, Duration lateNotice, CancellationReason reason,
                                    String note) {
        if (offer.takenTogether()) {
            throw new RuleViolation("booking.setOnly");
        }
        Booking booking = bookingOf(teacher).filter(b -> b.status().active())
                .orElseThrow(() -> new RuleViolation("booking.none"));
        boolean freedSeat = booking.status() == BookingStatus.CONFIRMED;
        giveUp(booking, now, lateNotice, reason, note);
        if (!freedSeat || !now.isBefore(startsAt)) {
            return Optional.empty();
        }
        Optional<Booking> first = bookings.stream().filter(b -> b.status() == BookingStatus.WAITLISTED)
                .min(ARRIVAL);
        first.ifPresent(b -> b.promote(now));
        return first;
    }

    /**
     * Ends the teacher's booking; a seat given up less than {@code lateNotice} (not zero) before the
     * start is a late cancellation: it needs a reason from the list (and a note with
     * {@link CancellationReason#OTHER}), kept on the booking.
     */
    void giveUp(Booking booking, Instant now, Duration lateNotice, CancellationReason reason, String note) {
        boolean late = booking.status() == BookingStatus.CONFIRMED && !lateNotice.isZero()
                && now.isAfter(startsAt.minus(lateNotice));
        if (!late) {
            booking.cancel(now);
            return;
        }
        if (reason == null) {
            throw new RuleViolation("booking.cancel.reasonRequired", lateNotice.toDays());
        }
        String words = Texts.optional(note, 500);
        if (reason == CancellationReason.OTHER && words == null) {
            throw new RuleViolation("booking.cancel.noteRequired");
        }
        booking.cancelLate(now, reason, words);
    }

    /**
     * Marks a teacher present, absent or excused; possible from the day of the session (Paris
     * time), and changeable afterwards (the hours follow).
     */
    public void recordAttendance(Account teacher, Attendance mark, Instant now) {
        if (mark == null) {
            throw new RuleViolation("attendance.required");
        }
        if (slot().startsAfterTheDayOf(now)) {
            throw new RuleViolation("attendance.tooEarly");
        }
        bookingOf(teacher).orElseThrow(() -> new RuleViolation("attendance.notSeated")).recordAttendance(mark);
    }

    /**
     * Refuses a self check-in outside its window: a cancelled session, before {@code opensBefore}
     * ahead of the start, or once the session is over.
     */
    public void requireCheckInOpen(Instant now, Duration opensBefore) {
        if (cancelledAt != null) {
            throw new RuleViolation("checkIn.cancelled");
        }
        if (now.isBefore(startsAt.minus(opensBefore))) {
            throw new RuleViolation("checkIn.tooEarly", opensBefore.toMinutes());
        }
        if (!now.isBefore(endsAt)) {
            throw new RuleViolation("checkIn.over");
        }
    }

    /** Whether the self check-in is open (see {@link #requireCheckInOpen}). */
    public boolean checkInOpen(Instant now, Duration opensBefore) {
        return cancelledAt == null && !now.isBefore(startsAt.minus(opensBefore)) && now.isBefore(endsAt);
    }

    /**
     * The teacher marks themselves present by the code the trainer shows: only while the check-in
     * is open, and only with a seat. The mark counts exactly as one the trainer takes.
     */
    public Booking checkIn(Account teacher, Instant now, Duration opensBefore) {
        requireCheckInOpen(now, opensBefore);
        Booking booking = bookingOf(teacher).filter(b -> b.status() == BookingStatus.CONFIRMED)
                .orElseThrow(() -> new RuleViolation("checkIn.notSeated"));
        booking.checkIn(now);
        return booking;
    }

    /** Whether the account is one of the session's named trainers. */
    public boolean runBy(Account someone) {
        return trainers.stream().anyMatch(t -> t.id().equals(someone.id()));
    }

    /**
     * Cancels the whole session: every booking still standing is cancelled. Returns those
     * bookings with the status they had, so that each person can be told.
     */
    public List<Map.Entry<Booking, BookingStatus>> cancelSession(Instant now) {
        if (cancelledAt != null) {
            throw new RuleViolation("session.cancelled");
        }
        if (!now.isBefore(endsAt)) {
            throw new RuleViolation("session.over");
        }
        cancelledAt = now;
        List<Map.Entry<Booking, BookingStatus>> told = new ArrayList<>();
        for (Booking booking : bookings) {
            if (booking.status().active()) {
                told.add(Map.entry(booking, booking.status()));
                booking.cancel(now);
            }
        }
        return told;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** 1 for the first in the waiting line; empty when the teacher is not waiting. */
    public Optional<Integer> waitlistPosition(Account teacher) {
        List<Booking> waiting = bookings.stream().filter(b -> b.status() == BookingStatus.WAITLISTED)
                .sorted(ARRIVAL).toList();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).isOf(teacher)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    public int confirmedCount() {
        return (int) bookings.stream().filter(b -> b.status() == BookingStatus.CONFIRMED).count();
    }

    public int waitlistCount() {
        return (int) bookings.stream().filter(b -> b.status() == BookingStatus.WAITLISTED).count();
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmedCount());
    }

    /** The waiting line, first in line first. */
    List<Booking> waiting() {
        return bookings.stream().filter(b -> b.status() == BookingStatus.WAITLISTED).sorted(ARRIVAL).toList();
    }

    Optional<Booking> bookingOf(Account teacher) {
        return bookings.stream().filter(b -> b.isOf(teacher)).findFirst();
    }

    private static final Comparator<Booking> ARRIVAL =
            Comparator.comparing(Booking::requestedAt).thenComparing(b -> b.id() == null ? Long.MAX_VALUE : b.id());

    public Long id() {
        return id;
    }

    public TrainingOffer offer() {
        return offer;
    }

    /** When the session takes place. */
    public TimeSlot slot() {
        return new TimeSlot(startsAt, endsAt);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public int capacity() {
        return capacity;
    }

    public Set<Account> trainers() {
        return Set.copyOf(trainers);
    }

    public int pendingCount() {
        return (int) bookings.stream().filter(b -> b.status() == BookingStatus.PENDING).count();
    }

    public List<Booking> bookings() {
        return List.copyOf(bookings);
    }
}
