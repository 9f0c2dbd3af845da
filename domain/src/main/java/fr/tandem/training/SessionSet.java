package fr.tandem.training;

import fr.tandem.people.Account;
import fr.tandem.platform.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sessions of an offer taken together (a parcours over several dates), booked as one: a
 * teacher holds the same standing in every session of the set — a seat in each, a place in the
 * one waiting line, a request in each — or none. The set is the offer's sessions that are not
 * cancelled; its free seats are the fewest left in any of them, so that capacities may differ.
 * Callers lock every session of the set, in id order, before changing it.
 */
public final class SessionSet {

    private final TrainingOffer offer;
    private final List<TrainingSession> sessions;

    private SessionSet(TrainingOffer offer, List<TrainingSession> sessions) {
        this.offer = offer;
        this.sessions = sessions;
    }

    /** The set of the offer, from its sessions (those cancelled are left out); the offer must be taken together. */
    public static SessionSet of(TrainingOffer offer, List<TrainingSession> sessions) {
        if (!offer.takenTogether()) {
            throw new RuleViolation("set.notTogether");
        }
        List<TrainingSession> standing = sessions.stream().filter(s -> !s.cancelled())
                .sorted(Comparator.comparing(TrainingSession::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (standing.isEmpty() || standing.stream().anyMatch(s -> s.offer() != offer)) {
            throw new RuleViolation("set.empty");
        }
        return new SessionSet(offer, standing);
    }

    /**
     * Books the whole set for the teacher: each session must take them (window, start, not yet
     * enrolled); then a request in each when the offer needs validation, a seat in each when every
     * session has one left, otherwise a place in the waiting line of each. Returns the bookings
     * in the sessions' order.
     */
    public List<Booking> book(Account teacher, Instant now) {
        sessions.forEach(s -> s.checkBookable(teacher, now));
        BookingStatus status = offer.needsValidation() ? BookingStatus.PENDING
                : seatsLeft() > 0 ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED;
        return sessions.stream().map(s -> s.enter(teacher, status, now)).toList();
    }

    /**
     * The inspector's decision on a teacher's request for the set: accepted, a seat in each
     * session when every one has a seat left, otherwise the waiting line; refused, it ends in each,
     * with a reason from the list (and a note, required for {@link RefusalReason#OTHER}).
     */
    public List<Booking> decide(Account teacher, boolean accept, RefusalReason reason, String note, Instant now) {
        List<Booking> requests = sessions.stream().map(s -> s.pendingBooking(teacher, now)).toList();
        BookingStatus status = seatsLeft() > 0 ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED;
        String refusalNote = accept ? null : TrainingSession.refusalNote(reason, note);
        for (Booking request : requests) {
            if (accept) {
                request.accept(status, now);
            } else {
                request.refuse(now, reason, refusalNote);
            }
        }
        return requests;
    }

    /**
     * Seats the teacher in every session by the inspector's decision (an obligatoire offer);
     * one seated in the whole set already is left as is. Refused when a session has no seat left.
     */
    public List<Booking> designate(Account teacher, Instant now) {
        sessions.forEach(s -> s.checkDesignable(teacher, now));
        if (seatedInAll(teacher)) {
            return sessions.stream().map(s -> s.bookingOf(teacher).orElseThrow()).toList();
        }
        if (seatsLeft() == 0) {
            throw new RuleViolation("designation.full",
                    sessions.stream().mapToInt(TrainingSession::capacity).min().orElse(0));
        }
        return sessions.stream().map(s -> s.seat(teacher, now)).toList();
    }

    /**
     * Cancels the teacher's standing in every session of the set that has not started (those
     * already held stay, with their attendance). Seats given up less than {@code lateNotice} (not
     * zero) before their date are late cancellations, which need a reason (see
     * {@link TrainingSession#cancel(Account, Instant, Duration, CancellationReason, String)}). Returns
     * the bookings cancelled; the caller then gives the freed seats with {@link #promote(Instant)}.
     */
    public List<Booking> cancel(Account teacher, Instant now, Duration lateNotice, CancellationReason reason,
                                String note) {
        List<Booking> cancelled = new ArrayList<>();
        for (TrainingSession session : sessions) {
            Optional<Booking> active = session.bookingOf(teacher).filter(b -> b.status().active());
            if (active.isPresent() && now.isBefore(session.startsAt())) {
                session.giveUp(active.get(), now, lateNotice, reason, note);
                cancelled.add(active.get());
            }
        }
        if (cancelled.isEmpty()) {
            throw new RuleViolation("booking.none");
        }
        return cancelled;
    }

    /**
     * Gives the set's free seats to the first in its waiting line, whole sets only, as long as
     * every session has a seat left and none has started. Returns each promoted teacher's
     * bookings (in the sessions' order), first promoted first.
     */
    public List<List<Booking>> promote(Instant now) {
        List<List<Booking>> promoted = new ArrayList<>();
        if (!now.isBefore(startsAt())) {
            return promoted;
        }
        Optional<Account> first = firstInLine();
        while (seatsLeft() > 0 && first.isPresent()) {
            Account teacher = first.get();
            List<Booking> seats = sessions.stream().map(s -> s.bookingOf(teacher).orElseThrow()).toList();
            seats.forEach(b -> b.promote(now));
            promoted.add(seats);
            first = firstInLine();
        }
        return promoted;
    }

    /** The first of the waiting line of the set: waiting in every session, in the order of the first. */
    private Optional<Account> firstInLine() {
        return sessions.get(0).waiting().stream().map(Booking::teacher)
                .filter(t -> sessions.stream().allMatch(s -> s.bookingOf(t)
                        .filter(b -> b.status() == BookingStatus.WAITLISTED).isPresent()))
                .findFirst();
    }

    /** 1 for the first in the set's waiting line; empty when the teacher is not waiting. */
    public Optional<Integer> waitlistPosition(Account teacher) {
        return sessions.get(0).waitlistPosition(teacher);
    }

    private boolean seatedInAll(Account teacher) {
        return sessions.stream().allMatch(s -> s.bookingOf(teacher)
                .filter(b -> b.status() == BookingStatus.CONFIRMED).isPresent());
    }

    /** The seats the set has left: the fewest left in any of its sessions. */
    public int seatsLeft() {
        return sessions.stream().mapToInt(TrainingSession::seatsLeft).min().orElse(0);
    }

    /** When the set begins: the start of its first session. */
    public Instant startsAt() {
        return sessions.stream().map(TrainingSession::startsAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The sessions of the set, in id order (the order they are locked in). */
    public List<TrainingSession> sessions() {
        return sessions;
    }
}
