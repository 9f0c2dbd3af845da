package fr.tandem.equipment.model;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign in a list: its dates, whether it is open, and how many of its expected items were seen. */
@Schema(description = "An audit campaign in a list: its dates, whether it is open, and how many of its expected "
        + "items were seen.")
public record AuditSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "The day it should be done by (a Paris day)", example = "2027-06-30")
        LocalDate dueDate,
        @Schema(required = true, description = "Whether it still takes sightings") boolean open,
        @Schema(required = true, description = "When it was opened, an instant in UTC") Instant openedAt,
        @Schema(required = true, description = "Who opened it") String openedBy,
        @Schema(description = "When it was closed, an instant in UTC; absent while open") Instant closedAt,
        @Schema(required = true, description = "How many schools it covers") int schools,
        @Schema(required = true, description = "Items expected") long expected,
        @Schema(required = true, description = "Items seen") long seen,
        @Schema(required = true, description = "Items whose room or status a sighting corrected") long corrected) {
}
