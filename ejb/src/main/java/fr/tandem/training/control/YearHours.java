package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.training.Attendance;
import fr.tandem.training.Booking;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.model.HoursSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** One teacher's hours of a school year, from the bookings marked present only. */
@Dependent
public class YearHours {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public HoursSummary of(Account teacher, SchoolYear year) {
        List<Booking> attended = em.createQuery("select b from Booking b where b.teacher = :teacher "
                        + "and b.attendance = :present and b.session.startsAt >= :from and b.session.startsAt < :to",
                        Booking.class)
                .setParameter("teacher", teacher).setParameter("present", Attendance.PRESENT)
                .setParameter("from", year.start()).setParameter("to", year.end()).getResultList();
        return HoursTally.of(year, teacher.workingTimePercent(), HoursTally.attended(attended));
    }
}
