package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An eligible plan line: its school (null for the city's schools as a whole), year and label, rate,
 * paid base, the rate's share of it, the amount it would claim (less than the share, or 0, past the
 * envelope), the day of its last payment and its paid invoices' references.
 */
@Schema(description = "A plan line a claim may cover, with what it would claim. Amounts are in euros.")
public record ClaimPreviewLine(
        @Schema(required = true, description = "The plan line; send it in lineIds to claim it.") long lineId,
        @Schema(description = "The school's UAI; absent for a line of the city's schools as a whole.",
                example = "0341234X") String schoolUai,
        @Schema(description = "The school's name; absent for a line of the city's schools as a whole.")
        String schoolName,
        @Schema(required = true, description = "The school year, by the calendar year it starts in.", example = "2025")
        int schoolYear,
        @Schema(required = true) String label,
        @Schema(required = true, description = "The grant rate, in percent.", example = "70") BigDecimal rate,
        @Schema(required = true, description = "What the line's paid invoices total, in euros.", example = "12000.00")
        BigDecimal paidBase,
        @Schema(required = true, description = "The rate's share of the paid base, to the cent, in euros.",
                example = "8400.00") BigDecimal share,
        @Schema(required = true, description = "What the claim would ask for the line, in euros: the share, less past "
                + "the envelope, or 0 (then the line is left out).", example = "8400.00") BigDecimal amount,
        @Schema(required = true, description = "The day its last paid invoice was paid (Paris time).",
                example = "2026-05-02") LocalDate lastPaidOn,
        @Schema(required = true, description = "The references of its paid invoices.")
        List<String> invoiceReferences) {

    /** Whether the claim covers it (it claims more than nothing). */
    public boolean claimed() {
        return amount.signum() > 0;
    }
}
