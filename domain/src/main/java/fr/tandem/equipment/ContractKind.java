package fr.tandem.equipment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a contract on equipment is for. */
@Schema(description = "What a contract is for: MAINTENANCE repairs and servicing, RENTAL items rented, LEASING a "
        + "long-term lease with an option to buy, SUPPORT help desk or software support, OTHER anything else.")
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
