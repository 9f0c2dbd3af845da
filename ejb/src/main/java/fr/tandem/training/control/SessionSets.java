package fr.tandem.training.control;

import fr.tandem.training.SessionSet;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Locks the sessions of an offer taken together, one row after the other in id order (after the
 * accounts the caller locks), so that two changes of the same set never wait on each other.
 */
@Dependent
public class SessionSets {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The set of the offer, every session not cancelled locked until the transaction ends. */
    public SessionSet locked(TrainingOffer offer) {
        List<Long> ids = em.createQuery("select s.id from TrainingSession s where s.offer = :offer "
                        + "and s.cancelledAt is null order by s.id", Long.class)
                .setParameter("offer", offer).getResultList();
        List<TrainingSession> sessions = ids.stream()
                .map(id -> em.find(TrainingSession.class, id, LockModeType.PESSIMISTIC_WRITE)).toList();
        return SessionSet.of(offer, sessions);
    }
}
