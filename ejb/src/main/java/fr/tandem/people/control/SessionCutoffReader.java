package fr.tandem.people.control;

import fr.tandem.people.SessionCutoff;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Reads the session cutoff of an account for {@link SessionCutoffs}. An EJB so that the persistence
 * unit of this module is reachable when the web module asks (in the EAR, a CDI bean of this module
 * called from the web module cannot open it); read-only, no transaction needed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SessionCutoffReader {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The cutoff of the account with that username, {@link SessionCutoff#UNKNOWN} if none. */
    public SessionCutoff read(String username) {
        List<Object[]> rows = em.createQuery("select a.active, a.sessionsValidAfter from Account a where a.username = :u",
                        Object[].class)
                .setParameter("u", username).getResultList();
        return rows.isEmpty() ? SessionCutoff.UNKNOWN
                : new SessionCutoff(Boolean.TRUE.equals(rows.get(0)[0]), (Instant) rows.get(0)[1]);
    }
}
