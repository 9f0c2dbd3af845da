package fr.tandem.equipment.model;

import fr.tandem.equipment.AuditFinding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item seen during a campaign: the item (its id, or the serial number on its label), the room it
 * is in and the state it is found in.
 */
@Schema(description = "An item seen during an audit campaign: the item (its id or its serial number), the room it "
        + "is in and the state it is found in.")
public record Sighting(
        @Schema(description = "The item's id (or give serialNumber)") Long equipmentId,
        @Schema(description = "The serial number on the item's label (or give equipmentId)", example = "ENI-2026-0042")
        String serialNumber,
        @Schema(description = "The room it is in, 100 characters at most") String room,
        @Schema(required = true) AuditFinding finding) {
}
