package fr.tandem.platform.reminder;

import fr.tandem.platform.time.Clocks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One pass of every topic's reminders at the clock's instant (Paris day): each group of subjects
 * in its own transaction, their rows locked, the reminder rows (unique per topic, subject and
 * stage), the mails to the city's staff and the in-app notices written together. A stage therefore
 * fires once, across passes, restarts and servers. Only the most urgent stage reached is due
 * ({@link ReminderStages}); a group's subjects due the same stage share one mail. Called by the
 * timer and by staff (a pass run by one city's staff runs every city's subjects; mails go to each
 * subject's city only).
 */
@Stateless
@PermitAll
public class ReminderPass {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    @Any
    Instance<ReminderTopic> topics;

    @Inject
    ReminderSettings settings;

    @Inject
    ReminderLedger ledger;

    @Inject
    Clock clock;

    /** Runs every topic's groups that may be due something; answers the number of reminders fired. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runDue() {
        ReminderPass self = context.getBusinessObject(ReminderPass.class);
        List<ReminderTopic> all = new ArrayList<>();
        topics.forEach(all::add);
        all.sort(Comparator.comparing(ReminderTopic::name));
        int fired = 0;
        for (ReminderTopic topic : all) {
            ReminderStages stages = self.stages(topic.stagesSetting());
            for (List<Long> group : self.candidates(topic, stages)) {
                fired += self.fire(topic, group, stages);
            }
        }
        return fired;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ReminderStages stages(String setting) {
        return settings.stages(setting);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<List<Long>> candidates(ReminderTopic topic, ReminderStages stages) {
        LocalDate today = today();
        return topic.candidates(today, today.plusDays(stages.days().get(0)));
    }

    /** Fires what one group is due, in its own transaction; answers how many reminders fired. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fire(ReminderTopic topic, List<Long> group, ReminderStages stages) {
        LocalDate today = today();
        List<ReminderSubject> subjects = topic.lock(group, today);
        Map<Integer, List<ReminderSubject>> byStage = new TreeMap<>();
        Map<Long, List<Integer>> firedBefore = ledger.firedStagesFor(topic.name(), subjects);
        for (ReminderSubject subject : subjects) {
            stages.due(subject.deadline(), today, firedBefore.getOrDefault(subject.id(), List.of()))
                    .ifPresent(stage -> byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(subject));
        }
        int fired = 0;
        for (Map.Entry<Integer, List<ReminderSubject>> due : byStage.entrySet()) {
            int stage = due.getKey();
            List<ReminderSubject> told = due.getValue();
            told.forEach(subject -> ledger.record(topic.name(), subject, stage, subject.deadline()));
            ledger.tellCityStaff(told.get(0).cityId(), topic.name() + "-" + told.get(0).id() + "-" + stage + "-"
                            + told.get(0).deadline(), texts -> topic.mailSubject(texts, stage, told),
                    texts -> topic.mailBody(texts, stage, told));
            fired += told.size();
        }
        fired += topic.afterStages(subjects, ledger);
        em.flush();
        return fired;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.PARIS);
    }
}
