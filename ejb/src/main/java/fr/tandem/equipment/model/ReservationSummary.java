package fr.tandem.equipment.model;

import fr.tandem.equipment.KitCondition;
import fr.tandem.equipment.ReservationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reservation as the caller may see it: the requester's name only for the requester and the
 * pool's managers; {@code late}: checked out beyond its last day.
 */
public record ReservationSummary(long id, long kitId, String kitName, String schoolUai, String schoolName,
                                 String requester, LocalDate from, LocalDate to, String note, ReservationStatus status,
                                 String refusalReason, Instant checkedOutAt, String checkedOutBy, Instant returnedAt,
                                 KitCondition condition, List<String> missingParts, String returnNote, boolean photo,
                                 boolean late, boolean mine, boolean managed) {
}
