package fr.tandem.equipment.model;

import java.time.LocalDate;

/** A teacher's request for a kit from one day to another (both included), for their school. */
public record ReservationForm(Long kitId, LocalDate from, LocalDate to, String note) {
}
