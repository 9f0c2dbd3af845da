package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item in a contract's list or in the warranties ending: enough to recognise it and open it. */
@Schema(description = "An equipment item in a contract's list or among the warranties ending: enough to recognise "
        + "and open it.")
public record ItemBrief(
        @Schema(required = true) long id,
        @Schema(required = true) String serialNumber,
        @Schema(required = true, example = "0341234X") String schoolUai,
        @Schema(required = true) String schoolName,
        @Schema(required = true) EquipmentType type,
        @Schema(required = true) String brand,
        @Schema(description = "The last day of the warranty (a Paris day)", example = "2029-03-15")
        LocalDate warrantyEnd) {
}
