package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a programme grants a plan, as typed: its default rate in percent and its envelope (empty: no ceiling). */
@Schema(description = "What a programme grants a plan: the rate its lines get by default and the most it pays over "
        + "the plan.")
public record EnvelopeForm(
        @Schema(description = "The programme: TNE (the State's Territoires Numériques Éducatifs), DEPARTEMENT (the "
                + "département's grant) or CITY (the city's own budget). Required in a plan's envelopes; when setting "
                + "one envelope, the path names it.") Programme programme,
        @Schema(required = true, description = "The rate its lines get by default, in percent: 0 to 100.",
                example = "70") BigDecimal rate,
        @Schema(description = "The most it pays over the plan, in euros (0 or more); absent for no ceiling.",
                example = "250000") BigDecimal amount) {
}
