package fr.tandem.equipment;

/** The state a kit comes back in. */
public enum KitCondition {
    GOOD,
    WORN,
    DAMAGED
}
