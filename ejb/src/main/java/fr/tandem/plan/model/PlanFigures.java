package fr.tandem.plan.model;

import java.util.List;

/**
 * A plan's figures for the lines a filter keeps: the total, per school year, per school (the city's
 * schools as a whole under the key "CITY"), per programme, and the items planned and linked per
 * equipment type. {@code amountsShown} is false for those who see no amounts (every amount is then null).
 */
public record PlanFigures(long planId, boolean amountsShown, PlanGroup total, List<PlanGroup> years,
                          List<PlanGroup> schools, List<ProgrammeFigures> programmes, List<TypeCount> equipment) {
}
