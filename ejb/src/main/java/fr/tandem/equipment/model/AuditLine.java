package fr.tandem.equipment.model;

import fr.tandem.equipment.AuditFinding;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item a campaign expects: what it was at opening (school, room, status) and its last sighting
 * (room, finding, when, by whom), empty while not seen.
 */
@Schema(description = "An item an audit campaign expects: what it was at the opening and its last sighting, absent "
        + "while not seen.")
public record AuditLine(
        @Schema(required = true) long equipmentId,
        @Schema(required = true) String serialNumber,
        @Schema(required = true) EquipmentType type,
        @Schema(required = true) String brand,
        @Schema(required = true, example = "0341234X") String schoolUai,
        @Schema(required = true) String schoolName,
        @Schema(description = "The item's room at the opening") String expectedRoom,
        @Schema(required = true, description = "The item's status at the opening") EquipmentStatus expectedStatus,
        @Schema(description = "The room it was seen in") String seenRoom,
        @Schema(description = "What it was found to be; absent while not seen") AuditFinding finding,
        @Schema(description = "When it was seen, an instant in UTC; absent while not seen") Instant seenAt,
        @Schema(description = "Who saw it") String seenBy,
        @Schema(required = true, description = "Whether the sighting corrected the item's room or status")
        boolean corrected) {

    public boolean seen() {
        return seenAt != null;
    }
}
