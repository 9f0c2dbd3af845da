package fr.tandem.equipment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state a kit comes back in. */
@Schema(description = "The state a kit comes back in.")
public enum KitCondition {
    GOOD,
    WORN,
    DAMAGED
}
