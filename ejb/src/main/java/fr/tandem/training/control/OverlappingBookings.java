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
        TimeSlot slot = session.slot();
        return em.createQuery("select b from Booking b join fetch b.session where b.teacher = :teacher "
                        + "and b.status in :active and b.session <> :session", Booking.class)
                .setParameter("teacher", teacher).setParameter("active", BookingStatus.ACTIVE)
                .setParameter("session", session).getResultStream()
                .filter(other -> other.session().slot().overlaps(slot)).findFirst();
    }
}
