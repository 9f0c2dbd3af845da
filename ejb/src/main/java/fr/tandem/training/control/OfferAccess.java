package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Finds the offers and sessions the caller may manage: an inspector those of their own
 * circonscription, an admin all of them. Another circonscription's offer or session reads as not
 * found (404), exactly as one that does not exist, so that its existence is not told.
 */
@Dependent
public class OfferAccess {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    public TrainingOffer offer(long offerId) {
        TrainingOffer offer = em.find(TrainingOffer.class, offerId);
        if (offer == null || !mine(offer)) {
            throw new NotFound("offer.notFound");
        }
        return offer;
    }

    /** The session, read as it is. */
    public TrainingSession session(long sessionId) {
        return session(sessionId, LockModeType.NONE);
    }

    /** The session, its row locked until the transaction ends: seats and bookings change under it. */
    public TrainingSession lockedSession(long sessionId) {
        return session(sessionId, LockModeType.PESSIMISTIC_WRITE);
    }

    private TrainingSession session(long sessionId, LockModeType lock) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, lock);
        if (session == null || !mine(session.offer())) {
            throw new NotFound("session.notFound");
        }
        return session;
    }

    private boolean mine(TrainingOffer offer) {
        Account me = caller.account();
        return me.hasRole(Role.ADMIN) || me.circonscription() != null
                && me.circonscription().id().equals(offer.circonscription().id());
    }
}
