package fr.tandem.licence.control;

import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.platform.time.Clocks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Decides, from the injected clock, which alerts a licence is due: whether it is reminded of its
 * end at all (the stage itself is {@code ReminderStages}' rule) and the low-seats alert. Renewed
 * and cancelled licences are due nothing.
 */
@Dependent
public class ReminderPlanner {

    @Inject
    Clock clock;

    public ReminderPlanner() {
        // for CDI
    }

    public ReminderPlanner(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.PARIS);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Whether the licence is reminded at all: renewed and cancelled licences are not. */
    public boolean reminded(Licence licence) {
        return licence.status() == LicenceStatus.ACTIVE;
    }

    public boolean lowSeatsDue(Licence licence, boolean alreadyFired) {
        return !alreadyFired && licence.lowOnSeats(today());
    }

    /** The low-seats alert fires again only after free seats rose back to the threshold. */
    public boolean lowSeatsRearmed(Licence licence, boolean alreadyFired) {
        return alreadyFired && !licence.lowOnSeats(today());
    }
}
