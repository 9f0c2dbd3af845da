package fr.tandem.equipment.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A teacher's request for a kit from one day to another (both included), for their school. */
@Schema(description = "A teacher's request for a kit for their school, from one day to another, both included.")
public record ReservationForm(
        @Schema(required = true) Long kitId,
        @Schema(required = true, description = "The first day (a Paris day), not in the past", example = "2027-01-11")
        LocalDate from,
        @Schema(required = true, description = "The last day, included (a Paris day), within the pool's longest "
                + "reservation", example = "2027-01-15")
        LocalDate to,
        @Schema(description = "A note to the pool's managers") String note) {
}
