package fr.tandem.plan.model;

import fr.tandem.plan.PlanLineState;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line moved to a state: the day of the order or delivery, the order's reference and actual
 * amount (the estimate when empty) when it is ordered, and the version read.
 */
public record StateMove(PlanLineState state, LocalDate on, String reference, BigDecimal amount, Long version) {
}
