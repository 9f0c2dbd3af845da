package fr.tandem.platform.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The in-app notices: the reminders fired for some topics, of one city (every city's when the
 * city is null, for administrators), newest first; the unread count; marking one read.
 */
@Dependent
public class ReminderNotices {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    public List<FiredReminder> of(Collection<String> topics, Long cityId) {
        return confine(em.createQuery("select r from FiredReminder r where r.topic in :topics"
                + (cityId == null ? "" : " and r.cityId = :city") + " order by r.firedAt desc, r.id desc",
                FiredReminder.class), topics, cityId).getResultList();
    }

    public long unread(Collection<String> topics, Long cityId) {
        return confine(em.createQuery("select count(r) from FiredReminder r where r.topic in :topics "
                + "and r.readAt is null" + (cityId == null ? "" : " and r.cityId = :city"), Long.class),
                topics, cityId).getSingleResult();
    }

    /** Marks a notice of the topics and city read; answers false when there is none such. */
    public boolean markRead(long id, Collection<String> topics, Long cityId) {
        Optional<FiredReminder> notice = Optional.ofNullable(em.find(FiredReminder.class, id))
                .filter(r -> topics.contains(r.topic()) && (cityId == null || cityId.equals(r.cityId())));
        notice.ifPresent(r -> r.markRead(clock.instant()));
        return notice.isPresent();
    }

    /** Forgets every reminder of a subject (deleted) under the topics. */
    public void forget(Collection<String> topics, long subjectId) {
        em.createQuery("delete from FiredReminder r where r.topic in :topics and r.subjectId = :id")
                .setParameter("topics", topics).setParameter("id", subjectId).executeUpdate();
    }

    private static <T> TypedQuery<T> confine(TypedQuery<T> query, Collection<String> topics, Long cityId) {
        query.setParameter("topics", topics);
        return cityId == null ? query : query.setParameter("city", cityId);
    }
}
