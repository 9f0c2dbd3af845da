package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice of a line as typed: its reference, day, amount and, when already paid, the day it was paid. */
public record InvoiceForm(String reference, LocalDate issuedOn, LocalDate paidOn, BigDecimal amount) {
}
