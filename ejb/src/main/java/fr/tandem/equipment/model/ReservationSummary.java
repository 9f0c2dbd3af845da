package fr.tandem.equipment.model;

import fr.tandem.equipment.KitCondition;
import fr.tandem.equipment.ReservationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reservation as the caller may see it: the requester's name only for the requester and the
 * pool's managers; {@code late}: checked out beyond its last day.
 */
@Schema(description = "A reservation of a kit as the caller may see it; the requester and notes only for the "
        + "requester and the pool's managers.")
public record ReservationSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long kitId,
        @Schema(required = true) String kitName,
        @Schema(required = true, example = "0341234X") String schoolUai,
        @Schema(required = true) String schoolName,
        @Schema(description = "The requester's name; for the requester and the pool's managers only") String requester,
        @Schema(required = true, description = "The first day (a Paris day)", example = "2027-01-11") LocalDate from,
        @Schema(required = true, description = "The last day, included (a Paris day)", example = "2027-01-15")
        LocalDate to,
        @Schema(description = "The requester's note; for the requester and the pool's managers only") String note,
        @Schema(required = true) ReservationStatus status,
        @Schema(description = "Why it was refused") String refusalReason,
        @Schema(description = "When the kit was handed over, an instant in UTC") Instant checkedOutAt,
        @Schema(description = "Who handed it over; for the pool's managers only") String checkedOutBy,
        @Schema(description = "When the kit came back, an instant in UTC") Instant returnedAt,
        @Schema(description = "The state it came back in") KitCondition condition,
        @Schema(required = true, description = "The parts of the checklist missing at the return")
        List<String> missingParts,
        @Schema(description = "The note of the return; for the requester and the pool's managers only")
        String returnNote,
        @Schema(required = true, description = "Whether a photo of the returned kit was kept") boolean photo,
        @Schema(required = true, description = "Whether it is checked out beyond its last day") boolean late,
        @Schema(required = true, description = "Whether the caller made it") boolean mine,
        @Schema(required = true, description = "Whether the caller manages its pool") boolean managed) {
}
