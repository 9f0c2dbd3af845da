package fr.tandem.training.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sessions a trainer runs: those not over yet, soonest first, and those over (a year back), latest first. */
@Schema(description = "The sessions a trainer runs.")
public record SessionsToRun(
        @Schema(required = true, description = "Those not over yet, soonest first.")
        List<SessionSummary> upcoming,
        @Schema(required = true, description = "Those over, a year back, latest first.")
        List<SessionSummary> past) {
}
