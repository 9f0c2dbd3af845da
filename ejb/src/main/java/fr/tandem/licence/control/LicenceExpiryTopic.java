package fr.tandem.licence.control;

import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.ReminderKind;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.reminder.ReminderLedger;
import fr.tandem.platform.reminder.ReminderSubject;
import fr.tandem.platform.reminder.ReminderTopic;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Licences as a reminder topic: an active licence is reminded of its end at the licences' stages,
 * each licence alone; its low-seats alert (no stages) fires in the same transaction, once, and
 * again only after free seats rose back to the threshold.
 */
@Dependent
public class LicenceExpiryTopic implements ReminderTopic {

    /** The topic of expiry reminders. */
    public static final String EXPIRY = "LICENCE_EXPIRY";
    /** The topic of low-seats alerts (stage 0). */
    public static final String LOW_SEATS = "LICENCE_LOW_SEATS";
    /** The setting of the licences' stages. */
    public static final String STAGES_SETTING = "licence.reminder.stages";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    ReminderPlanner planner;

    /** The kind of a licence notice, from the topic its reminder was fired under. */
    public static ReminderKind kindOf(String topic) {
        return LOW_SEATS.equals(topic) ? ReminderKind.LOW_SEATS : ReminderKind.EXPIRY;
    }

    @Override
    public String name() {
        return EXPIRY;
    }

    @Override
    public String stagesSetting() {
        return STAGES_SETTING;
    }

    /** Active licences ending within the longest stage, or watching their free seats; one each. */
    @Override
    public List<List<Long>> candidates(LocalDate today, LocalDate horizon) {
        return em.createQuery("select l.id from Licence l where l.status = :active and l.validUntil >= :today "
                        + "and (l.validUntil <= :horizon or l.lowSeatThreshold is not null) order by l.id", Long.class)
                .setParameter("active", LicenceStatus.ACTIVE).setParameter("today", today)
                .setParameter("horizon", horizon).getResultStream().map(List::of).toList();
    }

    @Override
    public List<ReminderSubject> lock(List<Long> ids, LocalDate today) {
        return ids.stream().sorted().map(id -> em.find(Licence.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(licence -> licence != null && planner.reminded(licence))
                .map(l -> new ReminderSubject(l.id(), l.city().id(), l.validUntil(), l.product().name())).toList();
    }

    @Override
    public String mailSubject(TextBundle mails, int stageDays, List<ReminderSubject> subjects) {
        ReminderSubject licence = subjects.get(0);
        return mails.text("licence.expiry.subject", licence.label(), mails.date("licence.day.pattern",
                licence.deadline()));
    }

    @Override
    public String mailBody(TextBundle mails, int stageDays, List<ReminderSubject> subjects) {
        ReminderSubject licence = subjects.get(0);
        return mails.text("licence.expiry.body", licence.id(), licence.label(),
                mails.date("licence.day.pattern", licence.deadline()), stageDays);
    }

    /** The low-seats alert of each licence of the group (its row is locked already). */
    @Override
    public int afterStages(List<ReminderSubject> subjects, ReminderLedger ledger) {
        int fired = 0;
        for (ReminderSubject subject : subjects) {
            Licence licence = em.find(Licence.class, subject.id());
            boolean alreadyFired = !ledger.firedStages(LOW_SEATS, licence.id()).isEmpty();
            if (planner.lowSeatsDue(licence, alreadyFired)) {
                ledger.record(LOW_SEATS, subject, 0, null);
                Integer free = licence.freeSeats(planner.today());
                ledger.tellCityStaff(subject.cityId(), "licence-" + licence.id() + "-low-seats-"
                                + planner.now().toEpochMilli(),
                        texts -> texts.text("licence.lowSeats.subject", licence.product().name(), free),
                        texts -> texts.text("licence.lowSeats.body", licence.id(), licence.product().name(), free,
                                licence.seats(), licence.lowSeatThreshold()));
                fired++;
            } else if (planner.lowSeatsRearmed(licence, alreadyFired)) {
                ledger.forget(LOW_SEATS, licence.id());
            }
        }
        return fired;
    }
}
