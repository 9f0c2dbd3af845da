package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.TimeSlot;
import fr.tandem.training.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds a teacher's standing booking (asked, waiting or seated) of another session at the same time. */
@Dependent
public class OverlappingBookings {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public Optional<Booking> of(Account teacher, TrainingSession session) {
        // the database finds the slots that overlap (touching ones do not, as TimeSlot.overlaps says),
        // so that a teacher's whole booking history is not loaded for each booking
        TimeSlot slot = session.slot();
        return em.createQuery("select b from Booking b join fetch b.session where b.teacher = :teacher "
                        + "and b.status in :active and b.session <> :session "
                        + "and b.session.startsAt < :end and b.session.endsAt > :start", Booking.class)
                .setParameter("teacher", teacher).setParameter("active", BookingStatus.ACTIVE)
                .setParameter("session", session).setParameter("start", slot.start())
                .setParameter("end", slot.end()).setMaxResults(1).getResultStream().findFirst();
    }
}
