package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A paid invoice a claim covers: reference, day, day paid and amount. */
public record ClaimInvoice(String reference, LocalDate issuedOn, LocalDate paidOn, BigDecimal amount) {
}
