package fr.tandem.privacy.control;

import fr.tandem.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long Tandem keeps the identity of a person whose account was deactivated:
 * {@code tandem.privacy.retentionYears} (MicroProfile Config, default 3, at least 1).
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "tandem.privacy.retentionYears", defaultValue = "3")
    int retentionYears;

    public int years() {
        return Math.max(1, retentionYears);
    }

    /** Accounts deactivated before this instant are due: the same Paris time, {@link #years()} years before now. */
    public Instant deactivatedBefore(Instant now) {
        return now.atZone(Clocks.PARIS).minusYears(years()).toInstant();
    }

    /** The Paris day of an instant (for the audit row of a run). */
    public static LocalDate parisDay(Instant instant) {
        return LocalDate.ofInstant(instant, Clocks.PARIS);
    }
}
