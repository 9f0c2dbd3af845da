package fr.tandem.equipment;

/**
 * Where a kit's reservation stands: requested, then approved or refused, checked out and returned;
 * the requester may cancel it before check-out. Requested, approved and checked-out reservations are
 * live: they hold the kit for their dates.
 */
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
