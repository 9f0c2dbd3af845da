package fr.tandem.training.boundary;

import fr.tandem.training.SchoolYearRollover;
import fr.tandem.training.control.SchoolYearClosing;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Runs the school-year rollover every night at 00:15 Paris time, in one transaction: on 1 September
 * it closes the year that ended; on the other nights it finds nothing to close (a server stopped on
 * 1 September catches up the next night). Safe on several servers: the run locks its settings row.
 */
@Singleton
@PermitAll
public class RolloverTimer {

    private static final Logger LOG = Logger.getLogger(RolloverTimer.class.getName());

    @Inject
    SchoolYearClosing closing;

    @Inject
    Clock clock;

    @Schedule(hour = "0", minute = "15", timezone = "Europe/Paris", persistent = false, info = "school-year-rollover")
    void nightly() {
        SchoolYearRollover run = closing.run(clock.instant(), false);
        if (run.yearsClosed() > 0) {
            LOG.info(() -> "School-year rollover: " + run.yearsClosed() + " teachers' years closed");
        }
    }
}
