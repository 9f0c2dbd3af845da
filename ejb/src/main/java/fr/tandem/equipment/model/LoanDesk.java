package fr.tandem.equipment.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The loans of the pools the caller manages: to approve, to hand over, to take back, and late ones. */
@Schema(description = "The reservations of the pools the caller manages: to approve, to hand over, to take back, "
        + "and late.")
public record LoanDesk(
        @Schema(required = true) List<ReservationSummary> toApprove,
        @Schema(required = true) List<ReservationSummary> toHandOver,
        @Schema(required = true) List<ReservationSummary> toTakeBack,
        @Schema(required = true, description = "Checked out beyond their last day") List<ReservationSummary> late) {
}
