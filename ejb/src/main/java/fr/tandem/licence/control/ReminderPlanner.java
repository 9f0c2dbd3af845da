package fr.tandem.licence.control;

import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.ReminderStages;
import fr.tandem.platform.time.Clocks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Decides, from the injected clock, which alerts a licence is due: the expiry stage of today
 * (given the stages already fired, read from the database) and the low-seats alert. Renewed and
 * cancelled licences are due nothing.
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

    public Optional<Integer> expiryStageDue(Licence licence, ReminderStages stages, Collection<Integer> fired) {
        if (licence.status() != LicenceStatus.ACTIVE) {
            return Optional.empty();
        }
        return stages.due(licence.validUntil(), today(), fired);
    }

    public boolean lowSeatsDue(Licence licence, boolean alreadyFired) {
        return !alreadyFired && licence.lowOnSeats(today());
    }

    /** The low-seats alert fires again only after free seats rose back to the threshold. */
    public boolean lowSeatsRearmed(Licence licence, boolean alreadyFired) {
        return alreadyFired && !licence.lowOnSeats(today());
    }
}
