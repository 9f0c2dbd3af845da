package fr.tandem.training.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A teacher of the head teacher's school away for a session held on class time. */
@Schema(description = "A teacher of the head teacher's school away for a session held on class time.")
public record StaffAbsence(
        @Schema(required = true) String teacherName,
        @Schema(required = true) String offerTitle,
        @Schema(required = true, description = "The start, an instant written in UTC.")
        Instant startsAt,
        @Schema(required = true, description = "The end, an instant written in UTC.")
        Instant endsAt,
        @Schema(required = true) String place) {
}
