package fr.tandem.equipment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a kit's reservation stands: requested, then approved or refused, checked out and returned;
 * the requester may cancel it before check-out. Requested, approved and checked-out reservations are
 * live: they hold the kit for their dates.
 */
@Schema(description = "Where a kit's reservation stands: REQUESTED, then APPROVED or REFUSED, CHECKED_OUT and "
        + "RETURNED; CANCELLED by the requester before check-out. REQUESTED, APPROVED and CHECKED_OUT "
        + "reservations hold the kit for their days.")
public enum ReservationStatus {
    REQUESTED,
    APPROVED,
    REFUSED,
    CHECKED_OUT,
    RETURNED,
    CANCELLED;

    public boolean live() {
        return this == REQUESTED || this == APPROVED || this == CHECKED_OUT;
    }
}
