package fr.tandem.equipment.model;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An in-app notice of equipment: a warranty ending ({@code WARRANTY_END}: the item), a contract's
 * notice deadline ({@code CONTRACT_NOTICE}) or end ({@code CONTRACT_END}: the contract), at a stage.
 */
@Schema(description = "An in-app notice about equipment: a warranty ending, a contract's notice deadline or end.")
public record EquipmentNotice(
        @Schema(required = true) long id,
        @Schema(required = true, description = "WARRANTY_END (the subject is an item), CONTRACT_NOTICE or "
                + "CONTRACT_END (the subject is a contract)",
                enumeration = {"WARRANTY_END", "CONTRACT_NOTICE", "CONTRACT_END"})
        String topic,
        @Schema(required = true, description = "The id of the item or contract") long subjectId,
        @Schema(required = true, description = "The item's or contract's label") String label,
        @Schema(required = true, description = "The stage: how many days before the due day it fired", example = "30")
        int stageDays,
        @Schema(description = "The warranty's end, the notice deadline or the contract's end (a Paris day)")
        LocalDate dueOn,
        @Schema(required = true, description = "When the notice was raised, an instant in UTC") Instant firedAt,
        @Schema(required = true) boolean read) {
}
