package fr.tandem.training.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One date of a set of sessions taken together (a parcours): which session, when and where. */
@Schema(description = "One date of a set of sessions taken together (a parcours).")
public record SetDate(
        @Schema(required = true) long sessionId,
        @Schema(required = true, description = "The start, an instant written in UTC.")
        Instant startsAt,
        @Schema(required = true, description = "The end, an instant written in UTC.")
        Instant endsAt,
        @Schema(required = true) String place) {
}
