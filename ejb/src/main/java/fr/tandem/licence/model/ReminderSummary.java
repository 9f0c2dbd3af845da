package fr.tandem.licence.model;

import fr.tandem.licence.ReminderKind;
import java.time.Instant;
import java.time.LocalDate;

/** An in-app notice: a licence ending in {@code stageDays} days, or running low on free seats. */
public record ReminderSummary(long id, long licenceId, String productName, ReminderKind kind, int stageDays,
                              LocalDate validUntil, Integer freeSeats, Instant firedAt, boolean read) {
}
