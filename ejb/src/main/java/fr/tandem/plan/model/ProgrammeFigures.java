package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme's figures: its default rate, its envelope (null: no ceiling), what its lines commit
 * (rate × planned, the city's own share for the city's budget) and what is left of the envelope
 * (null without ceiling), and its lines' amounts. Money is null for those who see no amounts.
 */
@Schema(description = "A programme's figures on a plan: its envelope, what its lines commit and what is left, and "
        + "its lines' counts and amounts (group, key: the programme). Money is in euros, absent for those who see no "
        + "amounts.")
public record ProgrammeFigures(
        @Schema(required = true, description = "The programme: TNE (the State's Territoires Numériques Éducatifs), "
                + "DEPARTEMENT (the département's grant) or CITY (the city's own budget).") Programme programme,
        @Schema(description = "The envelope's default rate, in percent; absent when the programme has no envelope on "
                + "the plan.", example = "70.00") BigDecimal rate,
        @Schema(description = "The envelope's ceiling, in euros; absent without a ceiling.", example = "250000.00")
        BigDecimal envelope,
        @Schema(description = "What its lines commit (rate × planned; for the city's budget, the city's own share), in "
                + "euros.", example = "8960.00") BigDecimal committed,
        @Schema(description = "What is left of the envelope (envelope − committed), in euros; absent without a "
                + "ceiling.", example = "241040.00") BigDecimal envelopeLeft,
        @Schema(required = true) PlanGroup group) {
}
