package fr.tandem.plan.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim's totals for one school (its UAI as key, empty for the city's schools as a whole) or one
 * school year (the calendar year it starts in as key): the label shown, the paid base and the amount
 * claimed.
 */
@Schema(description = "A claim's totals for one school or one school year. Amounts are in euros.")
public record ClaimTotal(
        @Schema(required = true, description = "A school's UAI (empty for the city's schools as a whole), or a school "
                + "year by the calendar year it starts in.", example = "0341234X") String key,
        @Schema(description = "What people read: the school's name, or the school year; absent for the city's "
                + "schools as a whole.", example = "2025–2026") String label,
        @Schema(required = true, description = "What the paid invoices total, in euros.", example = "12000.00")
        BigDecimal paidBase,
        @Schema(required = true, description = "The amount claimed, in euros.", example = "8400.00")
        BigDecimal amountClaimed) {
}
