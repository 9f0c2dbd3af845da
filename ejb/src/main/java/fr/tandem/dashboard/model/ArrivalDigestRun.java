package fr.tandem.dashboard.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a pass of the equipment arrivals' digest did: how many inspectors it mailed (none twice a day). */
@Schema(description = "What a run of the equipment arrivals' digest did.")
public record ArrivalDigestRun(
        @Schema(required = true, description = "Inspectors mailed (none twice a day).")
        int inspectorsMailed) {
}
