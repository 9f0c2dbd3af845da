package fr.tandem.licence.model;

import java.math.BigDecimal;

/**
 * Bought, assigned and used seats of a product in a school (no UAI: seats bought and not yet
 * assigned). {@code bought} is {@code null} for site and unlimited licences, {@code used} when no
 * usage was imported; {@code unusedCost} is the money of seats nobody uses, when it is known.
 */
public record ReconciliationLine(String productName, String arkId, String uai, String schoolName, Integer bought,
                                 int assigned, Integer used, Integer unusedSeats, BigDecimal unusedCost,
                                 String currency) {
}
