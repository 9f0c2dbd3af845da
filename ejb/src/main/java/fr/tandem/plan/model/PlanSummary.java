package fr.tandem.plan.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan as callers read it: its city, title, school years ("2025–2028"), envelopes, whether the
 * caller may change it and whether they see its amounts, and its version.
 */
@Schema(description = "A multi-year digital plan of a city, with its programmes' envelopes.")
public record PlanSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long cityId,
        @Schema(required = true) String cityName,
        @Schema(required = true, example = "Plan numérique 2025–2028") String title,
        @Schema(required = true, description = "The first school year, by the calendar year it starts in.",
                example = "2025") int firstYear,
        @Schema(required = true, description = "The last school year, by the calendar year it starts in.",
                example = "2027") int lastYear,
        @Schema(required = true, description = "The school years as people read them.", example = "2025–2028")
        String years,
        @Schema(required = true, description = "What each programme grants the plan.") List<EnvelopeSummary> envelopes,
        @Schema(required = true, description = "Whether the caller may change it (city staff, admin).")
        boolean editable,
        @Schema(required = true, description = "Whether the caller sees amounts (false for the inspectorate).")
        boolean amountsShown,
        @Schema(required = true, description = "The version of the plan, to send back with a change.") long version) {
}
