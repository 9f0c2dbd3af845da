package fr.tandem.plan.model;

import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.PlanLineState;
import fr.tandem.plan.Programme;

/** The filters of a plan's lines and figures: a school (UAI), a school year, a programme, a kind, a state; each optional. */
public record LineQuery(String schoolUai, Integer schoolYear, Programme programme, PlanLineKind kind,
                        PlanLineState state) {
}
