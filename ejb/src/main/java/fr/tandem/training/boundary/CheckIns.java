package fr.tandem.training.boundary;

import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.training.Booking;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.control.CheckInCodes;
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

/**
 * A teacher's self check-in: with the code their trainer shows (it changes every minute), a
 * teacher seated in the session marks themselves present, from a few minutes before its start
 * (setting) to its end. The mark is the same as the trainer's and counts the same hours.
 */
@Stateless
@RolesAllowed("TEACHER")
public class CheckIns {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    CheckInCodes codes;

    /**
     * Marks the caller present in the session. Refused, in this order: a session cancelled, before
     * the check-in opens or after the end, a wrong or expired code, no seat in the session.
     */
    public TrainerEnrolment checkIn(long sessionId, String code) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFound("session.notFound");
        }
        Instant now = clock.instant();
        Duration before = codes.opensBefore();
        session.requireCheckInOpen(now, before);
        if (!codes.accepts(sessionId, code, now)) {
            throw new RuleViolation("checkIn.badCode");
        }
        Booking booking = session.checkIn(caller.account(), now, before);
        em.flush();
        return new TrainerEnrolment(booking.teacher().username(), booking.teacher().displayName(),
                booking.teacher().school() == null ? null : booking.teacher().school().name(), booking.status(),
                booking.attendance(), booking.checkedInAt());
    }
}
