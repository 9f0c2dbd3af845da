package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A grant claim asked for: the plan, the programme claimed from, the period (first and last day), and,
 * to make it, the ids of the preview's lines the person confirms and a note (both ignored by the
 * preview).
 */
@Schema(description = "A grant claim to preview or make: the plan, the programme claimed from and the period; to "
        + "make it, the preview's lines confirmed.")
public record ClaimRequest(
        @Schema(required = true, description = "The plan claimed on.", example = "51") Long planId,
        @Schema(required = true, description = "The programme claimed from: TNE (the State) or DEPARTEMENT (the "
                + "département); CITY is refused.") Programme programme,
        @Schema(required = true, description = "The first day of the period (Paris time).", example = "2025-09-01")
        LocalDate from,
        @Schema(required = true, description = "The last day of the period (Paris time): from the first day to 2562 "
                + "days (7 × 366) after it.", example = "2026-08-31") LocalDate to,
        @Schema(description = "To make a claim (required then): the ids of the preview's lines confirmed; ignored by "
                + "the preview.", example = "[101, 102]") List<Long> lineIds,
        @Schema(description = "To make a claim: a note kept with it; ignored by the preview.") String note) {
}
