package fr.tandem.platform.reminder;

import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The reminders fired and the mails that tell them, in the caller's transaction: what fired for a
 * subject, a new one recorded, one forgotten (an alert that may fire again), and a mail to the
 * staff of a city, each in their language, through the outbox.
 */
@Dependent
public class ReminderLedger {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    ReminderRecipients recipients;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The stages already fired for a subject of a topic. */
    public List<Integer> firedStages(String topic, long subjectId) {
        return em.createQuery("select r.stageDays from FiredReminder r where r.topic = :topic and r.subjectId = :id",
                Integer.class).setParameter("topic", topic).setParameter("id", subjectId).getResultList();
    }

    /**
     * The stages already fired for each subject's present deadline, read in one query for the whole
     * group. Those fired for another deadline (the date moved: a warranty extended, a contract's end
     * changed) are forgotten first, so that the new date is reminded at every stage again.
     */
    public Map<Long, List<Integer>> firedStagesFor(String topic, List<ReminderSubject> subjects) {
        Map<Long, List<Integer>> fired = new HashMap<>();
        if (subjects.isEmpty()) {
            return fired;
        }
        Map<Long, LocalDate> deadlines = new HashMap<>();
        subjects.forEach(subject -> deadlines.put(subject.id(), subject.deadline()));
        boolean forgot = false;
        for (FiredReminder reminder : em.createQuery("select r from FiredReminder r where r.topic = :topic "
                        + "and r.subjectId in :ids", FiredReminder.class)
                .setParameter("topic", topic).setParameter("ids", deadlines.keySet()).getResultList()) {
            if (reminder.dueOn() != null && !reminder.dueOn().equals(deadlines.get(reminder.subjectId()))) {
                em.remove(reminder);
                forgot = true;
            } else {
                fired.computeIfAbsent(reminder.subjectId(), id -> new ArrayList<>()).add(reminder.stageDays());
            }
        }
        if (forgot) {
            em.flush(); // the forgotten stages may fire again in this transaction: their rows go first
        }
        return fired;
    }

    public void record(String topic, ReminderSubject subject, int stageDays, LocalDate dueOn) {
        em.persist(new FiredReminder(topic, subject.id(), subject.cityId(), stageDays, dueOn, clock.instant()));
    }

    /** Forgets what fired for a subject of a topic, so that it may fire again. */
    public void forget(String topic, long subjectId) {
        em.createQuery("delete from FiredReminder r where r.topic = :topic and r.subjectId = :id")
                .setParameter("topic", topic).setParameter("id", subjectId).executeUpdate();
    }

    /** Queues a mail to each staff member of the city, in their language; the key makes it once per person. */
    public void tellCityStaff(Long cityId, String key, Function<TextBundle, String> subject,
                              Function<TextBundle, String> body) {
        for (Recipient person : recipients.cityStaff(cityId)) {
            TextBundle texts = TextBundle.of(TextBundle.MAILS, person.language());
            outbox.enqueue(key + "-" + person.username(), person.email(), subject.apply(texts), body.apply(texts),
                    null, null);
        }
    }
}
