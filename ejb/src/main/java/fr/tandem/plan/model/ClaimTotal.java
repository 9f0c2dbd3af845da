package fr.tandem.plan.model;

import java.math.BigDecimal;

/**
 * A claim's totals for one school (its UAI as key, empty for the city's schools as a whole) or one
 * school year (the calendar year it starts in as key): the label shown, the paid base and the amount
 * claimed.
 */
public record ClaimTotal(String key, String label, BigDecimal paidBase, BigDecimal amountClaimed) {
}
