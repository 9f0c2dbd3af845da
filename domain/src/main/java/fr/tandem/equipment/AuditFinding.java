package fr.tandem.equipment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an auditor finds an item to be when they scan it; all but {@link #MISSING} are an
 * {@link EquipmentStatus} the item takes (a missing item keeps its status: it is a finding of the audit).
 */
@Schema(description = "What an auditor finds an item to be: IN_SERVICE, BROKEN and IN_REPAIR set the item's "
        + "status; MISSING keeps it (a finding of the audit).")
public enum AuditFinding {
    IN_SERVICE(EquipmentStatus.IN_SERVICE),
    BROKEN(EquipmentStatus.BROKEN),
    IN_REPAIR(EquipmentStatus.IN_REPAIR),
    MISSING(null);

    private final EquipmentStatus status;

    AuditFinding(EquipmentStatus status) {
        this.status = status;
    }

    /** The item's status this finding sets, or {@code null} when it sets none. */
    public EquipmentStatus status() {
        return status;
    }

    /** The finding that confirms an item's current status (an item in service is found in service). */
    public static AuditFinding of(EquipmentStatus status) {
        return switch (status) {
            case BROKEN -> BROKEN;
            case IN_REPAIR -> IN_REPAIR;
            default -> IN_SERVICE;
        };
    }
}
