package fr.tandem.equipment.model;

/**
 * Fired in the check-in's transaction when a returned kit is damaged or incomplete and its manager
 * asks for a request to the city: the borrower's request on the kit's first item (support observes it).
 */
public record LoanDamaged(long reservationId, long requesterId, long schoolId, long equipmentId, String kitName,
                          String description) {
}
