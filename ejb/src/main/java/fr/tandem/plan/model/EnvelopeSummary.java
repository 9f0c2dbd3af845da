package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme's envelope as callers read it; the amount is left out for those who see no amounts. */
@Schema(description = "What a programme grants a plan.")
public record EnvelopeSummary(
        @Schema(required = true, description = "The programme: TNE (the State's Territoires Numériques Éducatifs), "
                + "DEPARTEMENT (the département's grant) or CITY (the city's own budget).") Programme programme,
        @Schema(required = true, description = "The rate its lines get by default, in percent.", example = "70.00")
        BigDecimal rate,
        @Schema(description = "The most it pays over the plan, in euros; absent for no ceiling, and for those who see "
                + "no amounts (the inspectorate).", example = "250000.00") BigDecimal amount) {
}
