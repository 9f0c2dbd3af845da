package fr.tandem.plan.model;

import fr.tandem.plan.PlanLineState;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A line moved to a state: the day of the order or delivery, the order's reference and actual
 * amount (the estimate when empty) when it is ordered, and the version read.
 */
@Schema(description = "A plan line moved to a state; moving back clears what the later states recorded.")
public record StateMove(
        @Schema(required = true, description = "The state to move to.") PlanLineState state,
        @Schema(description = "Required when the move orders or delivers the line: the day of the order or the "
                + "delivery (Paris time); a delivery not before the order.", example = "2026-03-02") LocalDate on,
        @Schema(description = "Required when the move orders the line: the order's reference, at most 60 characters.",
                example = "BC-2026-118") String reference,
        @Schema(description = "When the move orders the line: what the order costs, in euros (absent: the estimated "
                + "cost).", example = "12400") BigDecimal amount,
        @Schema(description = "The version of the line read; when given and the line changed since, 409.")
        Long version) {
}
