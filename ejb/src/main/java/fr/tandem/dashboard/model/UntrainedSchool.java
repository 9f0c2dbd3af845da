package fr.tandem.dashboard.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.model.ProposedOffer;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A school that holds equipment of a type in service while few of its teachers were trained to use
 * it (none, or under the share {@code EquippedUntrained} states), with the open offers teaching that
 * type to propose to its teachers.
 */
@Schema(description = "A school holding equipment of a type in service while few of its teachers were trained to use it.")
public record UntrainedSchool(
        @Schema(required = true, example = "0341234X") String uai,
        @Schema(required = true) String name,
        @Schema(required = true) String circonscriptionName,
        @Schema(required = true) EquipmentType type,
        @Schema(required = true, description = "Items of the type in service.")
        long inService,
        @Schema(required = true, description = "Its active teachers.")
        int teachers,
        @Schema(required = true, description = "Of them, present at a session of an offer teaching the type.")
        int trained,
        @Schema(required = true, description = "The open offers teaching the type, to propose.")
        List<ProposedOffer> offers) {
}
