package fr.tandem.dashboard.boundary;

import fr.tandem.dashboard.control.EquipmentArrivalDigest;
import fr.tandem.dashboard.model.ArrivalDigestRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The equipment arrivals' digest run on demand by an administrator (the timer runs it every morning):
 * the same pass, so it sends no digest an inspector already had today.
 */
@Stateless
@RolesAllowed("ADMIN")
public class EquipmentArrivalDigests {

    @Inject
    EquipmentArrivalDigest digest;

    @Inject
    Clock clock;

    /** Answers how many inspectors were sent the digest by this pass (0 when they already had it). */
    public ArrivalDigestRun runNow() {
        return new ArrivalDigestRun(digest.run(clock.instant()));
    }
}
