package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money spent on a type of equipment (all items bought, retired ones included), with the TNE share and the city's. */
@Schema(description = "Money spent on a type of equipment (every item bought with a price, retired ones included), "
        + "in euros.")
public record EquipmentSpending(
        @Schema(required = true) EquipmentType type,
        @Schema(required = true, description = "How many items with a price") long items,
        @Schema(required = true, description = "What they cost, in euros") BigDecimal total,
        @Schema(required = true, description = "The part the TNE programme paid, in euros") BigDecimal tne,
        @Schema(required = true, description = "The part the city paid, in euros") BigDecimal city) {
}
