package fr.tandem.plan.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan as a page or a client sends it: the city (an administrator names it; city staff plan for
 * their own), a title, the first and last school years (by the calendar year they start in), the
 * programmes' envelopes (on creation; changed one by one afterwards) and, on a change, the version read.
 */
@Schema(description = "A digital plan as a client creates or changes it.")
public record PlanForm(
        @Schema(description = "On creation, the city the plan is for: administrators only (city staff plan for their "
                + "own city); ignored on a change.") Long cityId,
        @Schema(required = true, description = "At most 200 characters.", example = "Plan numérique 2025–2028")
        String title,
        @Schema(required = true, description = "The first school year, by the calendar year it starts in (from 2000).",
                example = "2025") Integer firstYear,
        @Schema(required = true, description = "The last school year, by the calendar year it starts in: from the "
                + "first, 6 school years at most; every line must stay within the years.", example = "2027")
        Integer lastYear,
        @Schema(description = "On creation, the programmes' envelopes (each names its programme); ignored on a change, "
                + "where envelopes are set one by one.") List<EnvelopeForm> envelopes,
        @Schema(description = "On a change, the version read; when given and the plan changed since, 409.")
        Long version) {
}
