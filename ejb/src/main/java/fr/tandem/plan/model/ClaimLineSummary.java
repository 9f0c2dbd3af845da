package fr.tandem.plan.model;

import fr.tandem.plan.PlanLineKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * A line of a claim as the snapshot keeps it: the live line's id (null once the claim is cancelled),
 * school (null for the city's schools as a whole), year, kind, label, rate, paid base, share, amount
 * claimed, the items' serial numbers and the paid invoices.
 */
public record ClaimLineSummary(Long planLineId, String schoolUai, String schoolName, int schoolYear,
                               PlanLineKind kind, String label, BigDecimal rate, BigDecimal paidBase,
                               BigDecimal share, BigDecimal amountClaimed, List<String> serialNumbers,
                               List<ClaimInvoice> invoices) {
}
