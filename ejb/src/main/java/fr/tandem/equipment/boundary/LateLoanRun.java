package fr.tandem.equipment.boundary;

import fr.tandem.equipment.Reservation;
import fr.tandem.equipment.ReservationStatus;
import fr.tandem.equipment.control.LoanMails;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One pass of late-return reminders at the clock's day (Paris): each loan checked out beyond its last
 * day, in a pool that reminds, in its own transaction with its row locked; the borrower is mailed at
 * most once a day (the day is kept on the reservation and in the mail's key). Called by the daily
 * timer and by city staff.
 */
@Stateless
@PermitAll
public class LateLoanRun {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    LoanMails mails;

    @Inject
    Clock clock;

    /** Reminds every late loan not reminded today; answers how many borrowers were reminded. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runDue() {
        LateLoanRun self = context.getBusinessObject(LateLoanRun.class);
        LocalDate today = LocalDate.now(clock.withZone(SchoolHolidayPeriod.PARIS));
        int reminded = 0;
        for (Long id : self.candidates(today)) {
            reminded += self.remind(id, today) ? 1 : 0;
        }
        return reminded;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> candidates(LocalDate today) {
        return em.createQuery("select r.id from Reservation r where r.status = :out and r.endsOn < :today "
                        + "and r.kit.pool.remindLate = :yes order by r.id", Long.class)
                .setParameter("out", ReservationStatus.CHECKED_OUT).setParameter("today", today)
                .setParameter("yes", Boolean.TRUE).getResultList();
    }

    /** Reminds one late loan, in its own transaction; answers whether a mail was queued. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long reservationId, LocalDate today) {
        Reservation reservation = em.find(Reservation.class, reservationId, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null || !reservation.remindLate(today)) {
            return false;
        }
        mails.late(reservation, today);
        em.flush();
        return true;
    }
}
