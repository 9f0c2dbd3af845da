package fr.tandem.plan.model;

import fr.tandem.equipment.EquipmentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For an equipment type: how many items the lines plan, and how many items of the inventory are linked (delivered). */
@Schema(name = "PlanTypeCount", description = "For an equipment type of a plan's lines: how many items they plan and "
        + "how many items of the inventory they brought.")
public record TypeCount(
        @Schema(required = true) EquipmentType type,
        @Schema(required = true, description = "How many items the lines plan (their quantities).") long planned,
        @Schema(required = true, description = "How many items of the inventory are linked to the lines.")
        long linked) {
}
