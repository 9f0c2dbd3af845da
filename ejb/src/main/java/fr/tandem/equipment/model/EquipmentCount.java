package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many items of a type a school has in service or out of it (retired ones left out), for the dashboard. */
@Schema(description = "How many items of a type a school has, retired ones left out.")
public record EquipmentCount(
        @Schema(required = true, example = "0341234X") String schoolUai,
        @Schema(required = true) String schoolName,
        @Schema(required = true) EquipmentType type,
        @Schema(required = true) long count) {
}
