package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the funder paid for a claim and the day; the version of the claim read (or null). */
public record ClaimPayment(BigDecimal amount, LocalDate receivedOn, Long version) {
}
