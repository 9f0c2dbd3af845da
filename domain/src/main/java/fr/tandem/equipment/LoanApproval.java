package fr.tandem.equipment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a pool's reservations are approved: by the pool's managers, or at once when asked. */
@Schema(description = "How a pool's reservations are approved: STAFF by the pool's managers, AUTOMATIC at once "
        + "when asked.")
public enum LoanApproval {
    STAFF,
    AUTOMATIC
}
