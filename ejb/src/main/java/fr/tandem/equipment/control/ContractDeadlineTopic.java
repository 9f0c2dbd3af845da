package fr.tandem.equipment.control;

import fr.tandem.equipment.Contract;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.reminder.ReminderSubject;
import fr.tandem.platform.reminder.ReminderTopic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Contracts as a reminder topic, one deadline of theirs per subclass (the notice deadline, the
 * end), at the contracts' stages; each contract alone, its row locked.
 */
public abstract class ContractDeadlineTopic implements ReminderTopic {

    /** The setting of the contracts' stages (notice deadline and end alike). */
    public static final String STAGES_SETTING = "equipment.contract.reminder.stages";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The contract's deadline this topic reminds, or null when it has none. */
    abstract LocalDate deadline(Contract contract);

    /** The prefix of the topic's keys in the mails bundle. */
    abstract String mailKey();

    @Override
    public String stagesSetting() {
        return STAGES_SETTING;
    }

    /** Contracts not ended whose deadline falls between today and the horizon (a city has tens, not thousands). */
    @Override
    public List<List<Long>> candidates(LocalDate today, LocalDate horizon) {
        return em.createQuery("select c from Contract c where c.endsOn >= :today order by c.id", Contract.class)
                .setParameter("today", today).getResultStream()
                .filter(c -> deadline(c) != null && !deadline(c).isBefore(today) && !deadline(c).isAfter(horizon))
                .map(c -> List.of(c.id())).toList();
    }

    @Override
    public List<ReminderSubject> lock(List<Long> ids, LocalDate today) {
        return ids.stream().sorted().map(id -> em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(c -> c != null && deadline(c) != null)
                .map(c -> new ReminderSubject(c.id(), c.city().id(), deadline(c),
                        c.reference() + " — " + c.supplier().name())).toList();
    }

    @Override
    public String mailSubject(TextBundle mails, int stageDays, List<ReminderSubject> subjects) {
        ReminderSubject contract = subjects.get(0);
        return mails.text(mailKey() + ".subject", contract.label(), mails.date("contract.day.pattern",
                contract.deadline()));
    }

    @Override
    public String mailBody(TextBundle mails, int stageDays, List<ReminderSubject> subjects) {
        ReminderSubject subject = subjects.get(0);
        Contract contract = em.find(Contract.class, subject.id());
        return mails.text(mailKey() + ".body", subject.label(), mails.date("contract.day.pattern", subject.deadline()),
                stageDays, mails.date("contract.day.pattern", contract.endsOn()),
                mails.text(contract.tacitRenewal() ? "contract.tacit.yes" : "contract.tacit.no"), contract.id());
    }
}
