package fr.tandem.licence.boundary;

import fr.tandem.licence.LicenceReminder;
import fr.tandem.licence.ReminderStages;
import fr.tandem.licence.control.LicenceLookup;
import fr.tandem.licence.control.ReminderSettings;
import fr.tandem.licence.model.ReminderSummary;
import fr.tandem.platform.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** City staff's in-app licence notices, the reminder stages they choose, and a pass run on demand. */
@Stateless
@RolesAllowed({"CITY_STAFF", "ADMIN"})
public class LicenceReminders {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    ReminderSettings settings;

    @EJB
    ReminderRun run;

    @Inject
    Clock clock;

    /** Every notice, newest first. */
    public List<ReminderSummary> notices() {
        LocalDate today = LicenceLookup.today(clock);
        return em.createQuery("select r from LicenceReminder r join fetch r.licence l join fetch l.product "
                        + "order by r.firedAt desc, r.id desc", LicenceReminder.class).getResultStream()
                .map(r -> new ReminderSummary(r.id(), r.licence().id(), r.licence().product().name(), r.kind(),
                        r.stageDays(), r.licence().validUntil(), r.licence().freeSeats(today), r.firedAt(),
                        r.readAt() != null)).toList();
    }

    public long unread() {
        return em.createQuery("select count(r) from LicenceReminder r where r.readAt is null", Long.class)
                .getSingleResult();
    }

    public void markRead(long id) {
        LicenceReminder reminder = em.find(LicenceReminder.class, id);
        if (reminder == null) {
            throw new NotFound("licence.notFound");
        }
        reminder.markRead(clock.instant());
    }

    public ReminderStages stages() {
        return settings.stages();
    }

    public ReminderStages changeStages(String days) {
        return settings.change(ReminderStages.parse(days));
    }

    /** Runs a pass now (the timer runs one every hour); answers the number of alerts fired. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runNow() {
        return run.runDue();
    }
}
