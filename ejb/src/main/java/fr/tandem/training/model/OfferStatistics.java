package fr.tandem.training.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offer's follow-up figures for its inspector, counts only (nobody is named): seats held in its
 * sessions not cancelled, those attended, no-shows (seated, marked absent without excuse), excused
 * absences, late cancellations and refusals with their reasons counted.
 */
@Schema(description = "An offer's follow-up figures, counts only (nobody named).")
public record OfferStatistics(
        @Schema(required = true) long offerId,
        @Schema(required = true) String title,
        @Schema(required = true, description = "Seats held in its sessions not cancelled.")
        long enrolled,
        @Schema(required = true, description = "Of them, marked present.")
        long attended,
        @Schema(required = true, description = "Of them, marked absent without excuse.")
        long noShows,
        @Schema(required = true, description = "Of them, marked excused.")
        long excused,
        @Schema(required = true, description = "Seats given up after the late-cancellation notice.")
        long lateCancellations,
        @Schema(required = true, description = "Late cancellations per reason (every CancellationReason, zeros included).")
        List<ReasonCount> lateCancellationReasons,
        @Schema(required = true, description = "Requests refused.") long refusals,
        @Schema(required = true, description = "Refusals per reason (every RefusalReason, zeros included).")
        List<ReasonCount> refusalReasons) {
}
