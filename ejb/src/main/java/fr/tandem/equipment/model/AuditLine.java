package fr.tandem.equipment.model;

import fr.tandem.equipment.AuditFinding;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import java.time.Instant;

/**
 * One item a campaign expects: what it was at opening (school, room, status) and its last sighting
 * (room, finding, when, by whom), empty while not seen.
 */
public record AuditLine(long equipmentId, String serialNumber, EquipmentType type, String brand, String schoolUai,
                        String schoolName, String expectedRoom, EquipmentStatus expectedStatus, String seenRoom,
                        AuditFinding finding, Instant seenAt, String seenBy, boolean corrected) {

    public boolean seen() {
        return seenAt != null;
    }
}
