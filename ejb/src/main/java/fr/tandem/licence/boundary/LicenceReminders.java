package fr.tandem.licence.boundary;

import fr.tandem.licence.Licence;
import fr.tandem.licence.control.LicenceExpiryTopic;
import fr.tandem.licence.control.LicenceLookup;
import fr.tandem.licence.model.ReminderSummary;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.reminder.FiredReminder;
import fr.tandem.platform.reminder.ReminderNotices;
import fr.tandem.platform.reminder.ReminderPass;
import fr.tandem.platform.reminder.ReminderSettings;
import fr.tandem.platform.reminder.ReminderStages;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * City staff's in-app licence notices (of their own city's licences; every city's for
 * administrators), the licences' reminder stages, and a pass run on demand (of every topic: the
 * reminder mechanism is shared with equipment warranties and contracts).
 */
@Stateless
@RolesAllowed({"CITY_STAFF", "ADMIN"})
public class LicenceReminders {

    private static final List<String> TOPICS = List.of(LicenceExpiryTopic.EXPIRY, LicenceExpiryTopic.LOW_SEATS);

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    ReminderSettings settings;

    @Inject
    ReminderNotices notices;

    @Inject
    LicenceLookup lookup;

    @EJB
    ReminderPass pass;

    @Inject
    Clock clock;

    /** The notices of the caller's city, newest first. */
    public List<ReminderSummary> notices() {
        LocalDate today = LicenceLookup.today(clock);
        List<FiredReminder> fired = notices.of(TOPICS, lookup.confinedCityId());
        if (fired.isEmpty()) {
            return List.of();
        }
        Map<Long, Licence> licences = em.createQuery("select l from Licence l join fetch l.product where l.id in :ids",
                        Licence.class).setParameter("ids", fired.stream().map(FiredReminder::subjectId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Licence::id, Function.identity()));
        return fired.stream().filter(r -> licences.containsKey(r.subjectId())).map(r -> {
            Licence licence = licences.get(r.subjectId());
            return new ReminderSummary(r.id(), licence.id(), licence.product().name(),
                    LicenceExpiryTopic.kindOf(r.topic()), r.stageDays(), licence.validUntil(), licence.freeSeats(today),
                    r.firedAt(), r.readAt() != null);
        }).toList();
    }

    public long unread() {
        return notices.unread(TOPICS, lookup.confinedCityId());
    }

    public void markRead(long id) {
        if (!notices.markRead(id, TOPICS, lookup.confinedCityId())) {
            throw new NotFound("licence.notFound");
        }
    }

    public ReminderStages stages() {
        return settings.stages(LicenceExpiryTopic.STAGES_SETTING);
    }

    public ReminderStages changeStages(String days) {
        return settings.change(LicenceExpiryTopic.STAGES_SETTING, ReminderStages.parse(days));
    }

    /** Runs a pass now (the timer runs one every hour); answers the number of reminders fired. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runNow() {
        return pass.runDue();
    }
}
