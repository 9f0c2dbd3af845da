package fr.tandem.people.control;

import fr.tandem.people.LoginThrottle;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per username in the database: {@code tandem.login.maxFailures} failures
 * (5) within {@code tandem.login.windowMinutes} (15) lock the name for
 * {@code tandem.login.lockMinutes} (15); a successful login forgets the failures.
 */
@Stateless
public class LoginThrottling {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tandem.login.maxFailures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "tandem.login.windowMinutes", defaultValue = "15")
    long windowMinutes;

    @Inject
    @ConfigProperty(name = "tandem.login.lockMinutes", defaultValue = "15")
    long lockMinutes;

    /** How long the name stays locked, if it is. */
    public Optional<Duration> lockedFor(String username) {
        LoginThrottle throttle = em.find(LoginThrottle.class, username);
        return throttle == null ? Optional.empty() : throttle.lockedFor(clock.instant());
    }

    /** Counts a failure in its own transaction, so that it stays whatever happens to the caller's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String username) {
        LoginThrottle throttle = em.find(LoginThrottle.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(username, clock.instant());
            em.persist(throttle);
        }
        throttle.failed(clock.instant(), maxFailures, Duration.ofMinutes(windowMinutes), Duration.ofMinutes(lockMinutes));
    }

    /** Forgets the failures of a name that has just logged in. */
    public void succeeded(String username) {
        LoginThrottle throttle = em.find(LoginThrottle.class, username);
        if (throttle != null) {
            em.remove(throttle);
        }
    }
}
