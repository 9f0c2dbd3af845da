package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.math.BigDecimal;

/** What a programme grants a plan, as typed: its default rate in percent and its envelope (empty: no ceiling). */
public record EnvelopeForm(Programme programme, BigDecimal rate, BigDecimal amount) {
}
