package fr.tandem.training.boundary;

import fr.tandem.training.SchoolYearRollover;
import fr.tandem.training.control.SchoolYearClosing;
import fr.tandem.training.model.RolloverResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The school-year rollover an administrator runs on demand (the timer runs the same every night):
 * closes every teacher's finished years not closed yet, in one transaction, and records the run.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SchoolYears {

    @Inject
    SchoolYearClosing closing;

    @Inject
    Clock clock;

    public RolloverResult rollover() {
        SchoolYearRollover run = closing.run(clock.instant(), true);
        return new RolloverResult(run.ranAt(), run.currentYear().label(), run.yearsClosed());
    }
}
