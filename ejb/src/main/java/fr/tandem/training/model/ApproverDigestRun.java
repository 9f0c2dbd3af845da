package fr.tandem.training.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a pass of the approvers' digest did: how many inspectors have requests waiting (each gets
 * one digest a day, whatever the number of passes), and how many teachers were told their request
 * still waits.
 */
@Schema(description = "What a run of the approvers' digest did.")
public record ApproverDigestRun(
        @Schema(required = true, description = "Inspectors with requests waiting (each gets one digest a day, whatever the "
                + "runs).")
        int inspectorsWithRequests,
        @Schema(required = true, description = "Teachers told that their request still waits.")
        int waitingNotices) {
}
