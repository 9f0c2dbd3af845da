package fr.tandem.training.boundary;

import fr.tandem.training.control.ApproverDigest;
import fr.tandem.training.model.ApproverDigestRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The approvers' digest run on demand by an administrator (the timer runs it every morning): the
 * same pass, so it sends no digest an inspector already had today.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ApproverDigests {

    @Inject
    ApproverDigest digest;

    @Inject
    Clock clock;

    public ApproverDigestRun runNow() {
        return digest.run(clock.instant());
    }
}
