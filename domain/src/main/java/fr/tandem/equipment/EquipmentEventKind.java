package fr.tandem.equipment;

/** What happened to an item, in its history. */
public enum EquipmentEventKind {
    /** Entered in the inventory. */
    CREATED,
    /** Moved to another school or room. */
    MOVED,
    /** Its status changed. */
    STATUS
}
