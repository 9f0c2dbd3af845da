package fr.tandem.equipment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to an item, in its history. */
@Schema(description = "What happened to an item: CREATED entered in the inventory, MOVED to another school or "
        + "room, STATUS its status changed.")
public enum EquipmentEventKind {
    /** Entered in the inventory. */
    CREATED,
    /** Moved to another school or room. */
    MOVED,
    /** Its status changed. */
    STATUS
}
