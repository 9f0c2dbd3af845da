package fr.tandem.it.clock;

import fr.tandem.platform.time.Clocks;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in the integration-test deployment only: the system clock, unless a test
 * fixed it at an instant (through {@link ClockResource}) to run a rule that depends on the date,
 * such as the school-year rollover or the retention of personal data. It replaces the producer of
 * {@link Clocks} as a selected alternative; the production archive never contains it.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class SettableClock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return Clocks.PARIS;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                Instant at = fixed.get();
                return at == null ? Instant.now() : at;
            }
        };
    }

    void fix(Instant at) {
        fixed.set(at);
    }

    void release() {
        fixed.set(null);
    }
}
