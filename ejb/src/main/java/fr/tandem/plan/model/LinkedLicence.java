package fr.tandem.plan.model;

import java.time.LocalDate;

/** A licence a line brought (or may bring: a candidate of the picker): its product, order number, seats and end. */
public record LinkedLicence(long id, String product, String orderNumber, Integer seats, LocalDate validUntil) {
}
