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

/**
 * City staff's in-app licence notices (of their own city's licences; every city's for
 * administrators), the reminder stages they choose, and a pass run on demand.
 */
@Stateless
@RolesAllowed({"CITY_STAFF", "ADMIN"})
public class LicenceReminders {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    ReminderSettings settings;

    @Inject
    LicenceLookup lookup;

    @EJB
    ReminderRun run;

    @Inject
    Clock clock;

    /** The notices of the caller's city, newest first. */
    public List<ReminderSummary> notices() {
        LocalDate today = LicenceLookup.today(clock);
        Long city = lookup.confinedCityId();
        return LicenceLookup.confine(em.createQuery("select r from LicenceReminder r join fetch r.licence l "
                        + "join fetch l.product" + LicenceLookup.cityCondition("where", "l.city", city)
                        + " order by r.firedAt desc, r.id desc", LicenceReminder.class), city).getResultStream()
                .map(r -> new ReminderSummary(r.id(), r.licence().id(), r.licence().product().name(), r.kind(),
                        r.stageDays(), r.licence().validUntil(), r.licence().freeSeats(today), r.firedAt(),
                        r.readAt() != null)).toList();
    }

    public long unread() {
        Long city = lookup.confinedCityId();
        return LicenceLookup.confine(em.createQuery("select count(r) from LicenceReminder r where r.readAt is null"
                + LicenceLookup.cityCondition("and", "r.licence.city", city), Long.class), city).getSingleResult();
    }

    public void markRead(long id) {
        LicenceReminder reminder = em.find(LicenceReminder.class, id);
        if (reminder == null || !lookup.visibleCity(reminder.licence().city())) {
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
