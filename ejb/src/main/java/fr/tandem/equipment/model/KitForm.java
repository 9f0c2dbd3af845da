package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kit as its pool's manager writes it: its items by serial number and its checklist, one part per line. */
@Schema(description = "A kit of a loan pool as its manager writes it.")
public record KitForm(
        @Schema(required = true, description = "150 characters at most", example = "Classe mobile 1") String name,
        @Schema(required = true) EquipmentType type,
        @Schema(description = "The id of its pool, a pool the caller manages: required to create a kit, ignored on "
                + "a change")
        Long poolId,
        @Schema(description = "The serial numbers of its items, items of the pool's city not retired")
        List<String> serialNumbers,
        @Schema(required = true, description = "Its parts, one per line, to check at the return",
                example = "16 tablettes\n1 chariot")
        String checklist) {
}
