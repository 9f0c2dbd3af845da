package fr.tandem.plan.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Money of a group of lines: planned (estimated cost), ordered (order amounts of lines ordered or
 * beyond), delivered and in service (the same for lines delivered, in service), paid (paid
 * invoices), and of the programmes that grant money (not the city's own budget): the grant
 * expected (rate × planned), claimed (rate × paid of claimed lines) and remaining to claim
 * (rate × paid of lines not claimed yet).
 */
@Schema(description = "The money of a group of plan lines, in euros.")
public record PlanAmounts(
        @Schema(required = true, description = "The estimated cost of the lines.") BigDecimal planned,
        @Schema(required = true, description = "The order amounts of the lines ordered or beyond.") BigDecimal ordered,
        @Schema(required = true, description = "The order amounts of the lines delivered or in service.")
        BigDecimal delivered,
        @Schema(required = true, description = "The order amounts of the lines in service.") BigDecimal inService,
        @Schema(required = true, description = "What the lines' paid invoices total.") BigDecimal paid,
        @Schema(required = true, description = "The grant expected from the programmes that grant money (not the "
                + "city's own budget): rate × planned.") BigDecimal expectedGrant,
        @Schema(required = true, description = "The grant of the lines claimed: rate × paid.") BigDecimal claimed,
        @Schema(required = true, description = "The grant still to claim: rate × paid of the lines not claimed yet.")
        BigDecimal remainingToClaim) {

    public static final PlanAmounts ZERO = new PlanAmounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public PlanAmounts plus(PlanAmounts other) {
        return new PlanAmounts(planned.add(other.planned), ordered.add(other.ordered),
                delivered.add(other.delivered), inService.add(other.inService), paid.add(other.paid),
                expectedGrant.add(other.expectedGrant), claimed.add(other.claimed),
                remainingToClaim.add(other.remainingToClaim));
    }
}
