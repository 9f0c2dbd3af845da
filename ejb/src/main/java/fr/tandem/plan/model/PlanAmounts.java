package fr.tandem.plan.model;

import java.math.BigDecimal;

/**
 * Money of a group of lines: planned (estimated cost), ordered (order amounts of lines ordered or
 * beyond), delivered and in service (the same for lines delivered, in service), paid (paid
 * invoices), and of the programmes that grant money (not the city's own budget): the grant
 * expected (rate × planned), claimed (rate × paid of claimed lines) and remaining to claim
 * (rate × paid of lines not claimed yet).
 */
public record PlanAmounts(BigDecimal planned, BigDecimal ordered, BigDecimal delivered, BigDecimal inService,
                          BigDecimal paid, BigDecimal expectedGrant, BigDecimal claimed, BigDecimal remainingToClaim) {

    public static final PlanAmounts ZERO = new PlanAmounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public PlanAmounts plus(PlanAmounts other) {
        return new PlanAmounts(planned.add(other.planned), ordered.add(other.ordered),
                delivered.add(other.delivered), inService.add(other.inService), paid.add(other.paid),
                expectedGrant.add(other.expectedGrant), claimed.add(other.claimed),
                remainingToClaim.add(other.remainingToClaim));
    }
}
