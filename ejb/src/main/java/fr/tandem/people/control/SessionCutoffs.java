package fr.tandem.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Whether a page session may go on, asked on every page request: the source of truth is the
 * account row (shared by the servers of a cluster), read through a short per-server cache
 * ({@link SessionCutoffCache}).
 */
@ApplicationScoped
public class SessionCutoffs {

    @EJB
    SessionCutoffReader reader;

    @Inject
    Clock clock;

    private SessionCutoffCache cache;

    @PostConstruct
    void start() {
        cache = new SessionCutoffCache(clock, reader::read);
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
}
