package fr.tandem.training.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a run of the school-year rollover did: when, the year then in progress, the teachers' years it closed. */
@Schema(description = "What a run of the school-year rollover did.")
public record RolloverResult(
        @Schema(required = true, description = "When it ran, an instant written in UTC.")
        Instant ranAt,
        @Schema(required = true, description = "The school year then in progress.", example = "2026-2027")
        String currentYear,
        @Schema(required = true, description = "Teachers' school years it closed.")
        int yearsClosed) {
}
