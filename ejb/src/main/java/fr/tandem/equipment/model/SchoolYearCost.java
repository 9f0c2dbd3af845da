package fr.tandem.equipment.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a school's equipment cost in one year, all types together: purchases + interventions + licences − grants = total. */
@Schema(description = "What a school's equipment cost in one year, all types together, in euros: purchases + "
        + "interventions + licences − grants = total.")
public record SchoolYearCost(
        @Schema(required = true, description = "2026") int year,
        @Schema(required = true, description = "Purchases, in euros") BigDecimal purchase,
        @Schema(required = true, description = "Interventions, in euros") BigDecimal maintenance,
        @Schema(required = true, description = "Shares of licences, in euros") BigDecimal licences,
        @Schema(required = true, description = "Grants, counted off, in euros") BigDecimal grants,
        @Schema(required = true, description = "The total, in euros") BigDecimal total) {
}
