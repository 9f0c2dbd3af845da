package fr.tandem.people;

import fr.tandem.platform.audit.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed logins of one username (whether an account has it or not, so that a lock tells
 * nothing about who exists): too many failures within a window lock the name for a while. Kept
 * in the database so that every server of a cluster counts the same failures.
 */
@Entity
@Table(name = "login_throttle")
@NotAudited
public class LoginThrottle {

    @Id
    @Column(length = 60)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String username, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.windowStart = now;
    }

    /**
     * Counts one more failure: failures older than the window are forgotten; reaching
     * {@code maxFailures} within it locks the name for {@code lockFor} and starts counting afresh.
     */
    public void failed(Instant now, int maxFailures, Duration window, Duration lockFor) {
        if (lockedFor(now).isPresent()) {
            return;
        }
        if (!now.isBefore(windowStart.plus(window))) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failures = 0;
            windowStart = now;
        }
    }

    /** How long the name stays locked, if it is. */
    public Optional<Duration> lockedFor(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil)
                ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    public String username() {
        return username;
    }

    public int failures() {
        return failures;
    }
}
