package fr.tandem.training.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A day (Paris time) on which teachers seated in sessions held on class time are away: how many
 * replacement teachers it needs, and the schools concerned.
 */
@Schema(description = "A day on which teachers seated in sessions held on class time are away.")
public record ReplacementDay(
        @Schema(required = true, description = "The day (Paris time).", example = "2027-01-13")
        LocalDate day,
        @Schema(required = true, description = "Replacement teachers needed.")
        int replacements,
        @Schema(required = true, description = "The schools concerned, by name.")
        List<ReplacementSchool> schools) {
}
