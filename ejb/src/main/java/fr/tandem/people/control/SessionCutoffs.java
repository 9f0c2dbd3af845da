package fr.tandem.people.control;

import fr.tandem.people.SessionCutoff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Whether a page session may go on, asked on every page request: the source of truth is the
 * account row (shared by the servers of a cluster), read through a short per-server cache
 * ({@link SessionCutoffCache}).
 */
@ApplicationScoped
public class SessionCutoffs {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    private SessionCutoffCache cache;

    @PostConstruct
    void start() {
        cache = new SessionCutoffCache(clock, this::read);
    }

    /** Whether a page session of that account opened at {@code openedAt} may go on. */
    public boolean allows(String username, Instant openedAt) {
        return cache.allows(username, openedAt);
    }

    /**
     * Reads the account again at the next request of one of its sessions: for a login on this
     * server, which must not meet what was read before the account was reactivated elsewhere.
     */
    public void forget(String username) {
        cache.forget(username);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionCutoffChanged change) {
        cache.forgetAll();
    }

    private SessionCutoff read(String username) {
        List<Object[]> rows = em.createQuery("select a.active, a.sessionsValidAfter from Account a where a.username = :u",
                        Object[].class)
                .setParameter("u", username).getResultList();
        return rows.isEmpty() ? SessionCutoff.UNKNOWN
                : new SessionCutoff(Boolean.TRUE.equals(rows.get(0)[0]), (Instant) rows.get(0)[1]);
    }
}
