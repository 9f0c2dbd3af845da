package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.training.Attendance;
import fr.tandem.training.Booking;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.control.CheckInCodes;
import fr.tandem.training.control.SessionViews;
import fr.tandem.training.model.CheckInCode;
import fr.tandem.training.model.SessionSummary;
import fr.tandem.training.model.SessionToRun;
import fr.tandem.training.model.SessionsToRun;
import fr.tandem.training.model.TrainerEnrolment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A trainer's side of training, for the inspectorate and for trainers from outside it alike: the
 * sessions they are named on (and no other: any other session reads as not found), each with its
 * teachers, the attendance they take, and the code of the self check-in they show.
 */
@Stateless
@RolesAllowed({"TRAINER", "INSPECTOR"})
public class TrainerSessions {

    /** How far back the list of sessions run goes. */
    static final Duration PAST = Duration.ofDays(365);

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    CheckInCodes codes;

    /** The sessions the caller runs, from a year ago on (cancelled ones included, marked as such). */
    public SessionsToRun mine() {
        Account me = caller.account();
        Instant now = clock.instant();
        List<SessionSummary> all = em.createQuery("select s from TrainingSession s join s.trainers t where t = :me "
                        + "and s.endsAt > :from order by s.startsAt", TrainingSession.class)
                .setParameter("me", me).setParameter("from", now.minus(PAST))
                .getResultStream().map(s -> SessionViews.of(s, null)).toList();
        List<SessionSummary> past = new ArrayList<>(all.stream().filter(s -> !s.endsAt().isAfter(now)).toList());
        Collections.reverse(past);
        return new SessionsToRun(all.stream().filter(s -> s.endsAt().isAfter(now)).toList(), List.copyOf(past));
    }

    /** One session the caller runs, with its teachers. */
    public SessionToRun session(long sessionId) {
        return view(mine(sessionId, LockModeType.NONE));
    }

    /** Marks a teacher of the session present, absent or excused (from the day of the session); hours follow. */
    public SessionToRun recordAttendance(long sessionId, String username, Attendance mark) {
        TrainingSession session = mine(sessionId, LockModeType.PESSIMISTIC_WRITE);
        Booking booking = session.bookings().stream().filter(b -> b.teacher().username().equals(username))
                .findFirst().orElseThrow(() -> new RuleViolation("attendance.notSeated"));
        session.recordAttendance(booking.teacher(), mark, clock.instant());
        em.flush();
        return view(session);
    }

    /** The code of this minute to show, while the session's self check-in is open. */
    public CheckInCode checkInCode(long sessionId) {
        TrainingSession session = mine(sessionId, LockModeType.NONE);
        Instant now = clock.instant();
        session.requireCheckInOpen(now, codes.opensBefore());
        String address = codes.address(session.id(), now);
        return new CheckInCode(session.id(), codes.code(session.id(), now), address, CheckInCodes.qrSvg(address),
                CheckInCodes.nextChange(now));
    }

    private SessionToRun view(TrainingSession session) {
        Instant now = clock.instant();
        Duration before = codes.opensBefore();
        List<TrainerEnrolment> teachers = session.bookings().stream().filter(b -> b.status().active())
                .sorted(Comparator.comparing((Booking b) -> b.status().ordinal())
                        .thenComparing(b -> b.teacher().lastName()).thenComparing(b -> b.teacher().firstName()))
                .map(b -> new TrainerEnrolment(b.teacher().username(), b.teacher().displayName(),
                        b.teacher().school() == null ? null : b.teacher().school().name(), b.status(),
                        b.attendance(), b.checkedInAt())).toList();
        return new SessionToRun(SessionViews.of(session, null), !session.slot().startsAfterTheDayOf(now),
                session.startsAt().minus(before), session.checkInOpen(now, before), teachers);
    }

    /** The session if the caller is one of its trainers; any other reads as missing. */
    private TrainingSession mine(long sessionId, LockModeType lock) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, lock);
        if (session == null || !session.runBy(caller.account())) {
            throw new NotFound("session.notFound");
        }
        return session;
    }
}
