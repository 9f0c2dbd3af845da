package fr.tandem.plan.model;

import java.time.LocalDate;

/** The day an invoice was paid. */
public record Payment(LocalDate paidOn) {
}
