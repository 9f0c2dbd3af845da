package fr.tandem.equipment;

/** What a contract on equipment is for. */
public enum ContractKind {
    /** Repairs and servicing of the items covered. */
    MAINTENANCE,
    /** The items are rented, not owned. */
    RENTAL,
    /** Long-term lease with an option to buy. */
    LEASING,
    /** Help desk or software support for the items. */
    SUPPORT,
    /** Anything else (insurance, extended warranty…). */
    OTHER
}
