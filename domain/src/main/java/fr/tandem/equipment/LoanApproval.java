package fr.tandem.equipment;

/** How a pool's reservations are approved: by the pool's managers, or at once when asked. */
public enum LoanApproval {
    STAFF,
    AUTOMATIC
}
