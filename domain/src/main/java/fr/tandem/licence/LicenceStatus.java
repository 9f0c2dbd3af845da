package fr.tandem.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a licence stands; only an active licence takes assignments and reminders. */
@Schema(description = "Where a licence stands: ACTIVE (it takes assignments and reminders), RENEWED (the next "
        + "period's licence was created from it), CANCELLED.")
public enum LicenceStatus {
    ACTIVE,
    /** The next period's licence was created from this one. */
    RENEWED,
    CANCELLED
}
