package fr.tandem.training.boundary;

import fr.tandem.training.control.ApproverDigest;
import fr.tandem.training.model.ApproverDigestRun;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Sends the approvers' digest every morning at 07:30 Paris time, in one transaction: one mail per
 * inspector with requests waiting, and the notice to teachers whose request waits long. A second
 * pass the same day (another server, a run on demand) sends no digest twice.
 */
@Singleton
@PermitAll
public class ApproverDigestTimer {

    private static final Logger LOG = Logger.getLogger(ApproverDigestTimer.class.getName());

    @Inject
    ApproverDigest digest;

    @Inject
    Clock clock;

    @Schedule(hour = "7", minute = "30", timezone = "Europe/Paris", persistent = false, info = "approver-digest")
    void daily() {
        ApproverDigestRun run = digest.run(clock.instant());
        if (run.inspectorsWithRequests() > 0 || run.waitingNotices() > 0) {
            LOG.info(() -> "Approvers' digest: " + run.inspectorsWithRequests() + " inspectors, "
                    + run.waitingNotices() + " teachers told their request still waits");
        }
    }
}
