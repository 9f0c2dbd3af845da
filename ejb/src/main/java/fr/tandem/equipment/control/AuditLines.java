package fr.tandem.equipment.control;

import fr.tandem.equipment.AuditItem;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.model.AuditLine;

/** An expected item of a campaign as its pages, API and exports show it. */
public final class AuditLines {

    private AuditLines() {
    }

    public static AuditLine line(AuditItem item) {
        Equipment e = item.equipment();
        return new AuditLine(e.id(), e.serialNumber(), e.type(), e.brand(), item.school().uai().value(),
                item.school().name(), item.expectedRoom(), item.expectedStatus(), item.seenRoom(), item.finding(),
                item.seenAt(), item.seenBy(), item.corrected());
    }
}
