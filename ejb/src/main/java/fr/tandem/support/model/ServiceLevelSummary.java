package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The targets of a category, in working hours. */
@Schema(description = "The service-level targets of a category, in working hours (08:00-17:00 Paris time, weekdays "
        + "outside public and school holidays).")
public record ServiceLevelSummary(
        @Schema(required = true, readOnly = true, description = "The category; in a change, the path names it.")
        RequestCategory category,
        @Schema(required = true, description = "Working hours to the first answer: 1 to 2000, at most resolutionHours.",
                example = "4") int firstAnswerHours,
        @Schema(required = true, description = "Working hours to the resolution: 1 to 2000.",
                example = "27")
        int resolutionHours) {
}
