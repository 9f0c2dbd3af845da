package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice of a line as callers read it (null paidOn while unpaid). */
public record InvoiceSummary(long id, String reference, LocalDate issuedOn, LocalDate paidOn, BigDecimal amount) {
}
