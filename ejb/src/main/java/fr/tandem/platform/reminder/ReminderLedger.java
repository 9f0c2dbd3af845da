package fr.tandem.platform.reminder;

import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
     * The stages already fired for a subject's present deadline. Those fired for another deadline
     * (the date moved: a warranty extended, a contract's end changed) are forgotten first, so that
     * the new date is reminded at every stage again.
     */
    public List<Integer> firedStagesFor(String topic, ReminderSubject subject) {
        em.createQuery("delete from FiredReminder r where r.topic = :topic and r.subjectId = :id "
                        + "and r.dueOn is not null and r.dueOn <> :deadline")
                .setParameter("topic", topic).setParameter("id", subject.id())
                .setParameter("deadline", subject.deadline()).executeUpdate();
        return firedStages(topic, subject.id());
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
