package fr.tandem.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** Produces the application's clock, so that rules about time can be tested with a fixed one. */
@ApplicationScoped
public class Clocks {

    /** Users see Paris time; instants are stored. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(PARIS);
    }
}
