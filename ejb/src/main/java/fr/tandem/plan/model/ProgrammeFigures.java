package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.math.BigDecimal;

/**
 * A programme's figures: its default rate, its envelope (null: no ceiling), what its lines commit
 * (rate × planned, the city's own share for the city's budget) and what is left of the envelope
 * (null without ceiling), and its lines' amounts. Money is null for those who see no amounts.
 */
public record ProgrammeFigures(Programme programme, BigDecimal rate, BigDecimal envelope, BigDecimal committed,
                               BigDecimal envelopeLeft, PlanGroup group) {
}
