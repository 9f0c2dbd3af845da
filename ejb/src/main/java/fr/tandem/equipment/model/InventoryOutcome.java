package fr.tandem.equipment.model;

/** What the inventory import did with one line. */
public enum InventoryOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    SKIPPED
}
