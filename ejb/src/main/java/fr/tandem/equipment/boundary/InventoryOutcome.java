package fr.tandem.equipment.boundary;

/** What the inventory import did with one line. */
public enum InventoryOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    SKIPPED
}
