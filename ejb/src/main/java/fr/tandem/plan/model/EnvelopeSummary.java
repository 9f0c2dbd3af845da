package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.math.BigDecimal;

/** A programme's envelope as callers read it; the amount is left out for those who see no amounts. */
public record EnvelopeSummary(Programme programme, BigDecimal rate, BigDecimal amount) {
}
