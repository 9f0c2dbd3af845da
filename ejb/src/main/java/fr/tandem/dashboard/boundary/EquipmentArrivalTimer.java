package fr.tandem.dashboard.boundary;

import fr.tandem.dashboard.control.EquipmentArrivalDigest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Sends the inspectors' digest of the equipment that landed in their schools the day before, every
 * morning at 07:45 Paris time, in one transaction. A second pass the same day (another server, a run
 * on demand) sends no digest twice.
 */
@Singleton
@PermitAll
public class EquipmentArrivalTimer {

    private static final Logger LOG = Logger.getLogger(EquipmentArrivalTimer.class.getName());

    @Inject
    EquipmentArrivalDigest digest;

    @Inject
    Clock clock;

    @Schedule(hour = "7", minute = "45", timezone = "Europe/Paris", persistent = false, info = "equipment-arrivals")
    void daily() {
        int mailed = digest.run(clock.instant());
        if (mailed > 0) {
            LOG.info(() -> "Equipment arrivals' digest: " + mailed + " inspectors");
        }
    }
}
