package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a school's equipment of one type cost in one year: purchases + interventions + licences − grants = total. */
@Schema(description = "What a school's equipment of one type cost in one year, in euros: purchases + interventions "
        + "+ licences − grants = total.")
public record SchoolCostLine(
        @Schema(required = true, description = "2026") int year,
        @Schema(required = true) EquipmentType type,
        @Schema(required = true, description = "Purchases, in euros") BigDecimal purchase,
        @Schema(required = true, description = "Interventions, in euros") BigDecimal maintenance,
        @Schema(required = true, description = "Shares of licences, in euros") BigDecimal licences,
        @Schema(required = true, description = "Grants, counted off, in euros") BigDecimal grants,
        @Schema(required = true, description = "The total, in euros") BigDecimal total) {
}
