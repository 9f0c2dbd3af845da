package fr.tandem.plan.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan's figures for the lines a filter keeps: the total, per school year, per school (the city's
 * schools as a whole under the key "CITY"), per programme, and the items planned and linked per
 * equipment type. {@code amountsShown} is false for those who see no amounts (every amount is then null).
 */
@Schema(description = "A plan's figures for the lines the filters keep: in total (key TOTAL), per school year, per "
        + "school, per programme, and the items planned and linked per equipment type.")
public record PlanFigures(
        @Schema(required = true) long planId,
        @Schema(required = true, description = "Whether the caller sees amounts; false for the inspectorate, whose "
                + "figures have counts only.") boolean amountsShown,
        @Schema(required = true) PlanGroup total,
        @Schema(required = true, description = "Per school year (key: the calendar year it starts in).")
        List<PlanGroup> years,
        @Schema(required = true, description = "Per school (key: its UAI; CITY for the city's schools as a whole).")
        List<PlanGroup> schools,
        @Schema(required = true, description = "Per programme; without a programme filter, every programme with an "
                + "envelope on the plan has its row.") List<ProgrammeFigures> programmes,
        @Schema(required = true, description = "Per equipment type of the equipment lines: items planned and linked.")
        List<TypeCount> equipment) {
}
