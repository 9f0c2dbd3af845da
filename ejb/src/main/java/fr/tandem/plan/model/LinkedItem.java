package fr.tandem.plan.model;

import fr.tandem.equipment.EquipmentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item of the inventory a line brought (or may bring: a candidate of the picker). */
@Schema(description = "An item of the inventory a plan line brought, or may bring.")
public record LinkedItem(
        @Schema(required = true) long id,
        @Schema(required = true) String serialNumber,
        @Schema(required = true) EquipmentType type,
        @Schema(required = true) String brand,
        String model,
        String room) {
}
