package fr.tandem.equipment.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Seats of a licence an item holds: the licence, its product, the seats and the end of validity;
 * for city staff, the part of the licence's price these seats stand for and the part its grant pays
 * (null for the others).
 */
public record DeviceLicence(long assignmentId, long licenceId, String productName, int seats, LocalDate validUntil,
                            BigDecimal priceShare, BigDecimal grantShare) {
}
