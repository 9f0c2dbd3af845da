package fr.tandem.equipment.model;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign in a list: its dates, whether it is open, and how many of its expected items were seen. */
public record AuditSummary(long id, String name, LocalDate dueDate, boolean open, Instant openedAt, String openedBy,
                           Instant closedAt, int schools, long expected, long seen, long corrected) {
}
