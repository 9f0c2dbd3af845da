package fr.tandem.equipment.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item's total cost of ownership: purchase price + interventions + the share of the licences on
 * it (each licence's price times the device's seats over the licence's seats, over the seats
 * assigned for a site or unlimited licence) − grants (the TNE amount and the licences' grants on
 * those shares).
 */
@Schema(description = "An equipment item's total cost of ownership, in euros: purchase + interventions + licences − "
        + "grants = total.")
public record ItemCost(
        @Schema(required = true) long equipmentId,
        @Schema(required = true, description = "The purchase price (0 when unknown), in euros", example = "2490.00")
        BigDecimal purchase,
        @Schema(required = true, description = "The interventions' costs, in euros", example = "85.00")
        BigDecimal maintenance,
        @Schema(required = true, description = "How many interventions") int interventions,
        @Schema(required = true, description = "The share of the licences on it, in euros") BigDecimal licences,
        @Schema(required = true, description = "The TNE amount and the licences' grants on those shares, counted "
                + "off, in euros")
        BigDecimal grants,
        @Schema(required = true, description = "The total cost of ownership, in euros") BigDecimal total) {
}
