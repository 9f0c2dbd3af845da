package fr.tandem.plan.model;

import fr.tandem.plan.PlanLineKind;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A line of a claim as the snapshot keeps it: the live line's id (null once the claim is cancelled),
 * school (null for the city's schools as a whole), year, kind, label, rate, paid base, share, amount
 * claimed, the items' serial numbers and the paid invoices.
 */
@Schema(description = "A plan line of a claim, as it was when the claim was made. Amounts are in euros.")
public record ClaimLineSummary(
        @Schema(description = "The plan line; absent once the claim is cancelled.") Long planLineId,
        @Schema(description = "The school's UAI; absent for a line of the city's schools as a whole.",
                example = "0341234X") String schoolUai,
        @Schema(description = "The school's name; absent for a line of the city's schools as a whole.")
        String schoolName,
        @Schema(required = true, description = "The school year, by the calendar year it starts in.", example = "2025")
        int schoolYear,
        @Schema(required = true) PlanLineKind kind,
        @Schema(required = true) String label,
        @Schema(required = true, description = "The grant rate, in percent.", example = "70") BigDecimal rate,
        @Schema(required = true, description = "What the line's paid invoices total, in euros.", example = "12000.00")
        BigDecimal paidBase,
        @Schema(required = true, description = "The rate's share of the paid base, to the cent, in euros.",
                example = "8400.00") BigDecimal share,
        @Schema(required = true, description = "The amount claimed for the line, in euros: the share, or less where "
                + "the programme's envelope ran out.", example = "8400.00") BigDecimal amountClaimed,
        @Schema(required = true, description = "The serial numbers of the items the line brought.")
        List<String> serialNumbers,
        @Schema(required = true, description = "The line's paid invoices.") List<ClaimInvoice> invoices) {
}
