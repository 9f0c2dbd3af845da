package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.training.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the trainers booked twice at the same time: for each session, another session (of any
 * offer, not cancelled) that one of its trainers also runs and that overlaps it.
 */
@Dependent
public class TrainerClashes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** Session id → "trainer: « other offer » date time", for the sessions that clash. */
    public Map<Long, String> of(Collection<TrainingSession> sessions) {
        List<Long> ids = sessions.stream().map(TrainingSession::id).toList();
        Map<Long, String> clashes = new HashMap<>();
        if (ids.isEmpty()) {
            return clashes;
        }
        em.createQuery("select s.id, t, o from TrainingSession s join s.trainers t, TrainingSession o join o.trainers u "
                        + "where t = u and s <> o and s.id in :ids and s.cancelledAt is null and o.cancelledAt is null "
                        + "and s.startsAt < o.endsAt and o.startsAt < s.endsAt order by o.startsAt", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(row -> clashes.putIfAbsent((Long) row[0], ((Account) row[1]).displayName() + " : « "
                        + ((TrainingSession) row[2]).offer().title() + " » " + WHEN.format(((TrainingSession) row[2]).startsAt())));
        return clashes;
    }
}
