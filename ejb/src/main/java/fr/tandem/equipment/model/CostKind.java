package fr.tandem.equipment.model;

/** What an amount of an item's cost is: its purchase, an intervention, seats of a licence, or a grant (counted off). */
public enum CostKind {
    PURCHASE,
    MAINTENANCE,
    LICENCE,
    GRANT
}
