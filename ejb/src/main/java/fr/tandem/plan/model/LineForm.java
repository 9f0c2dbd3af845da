package fr.tandem.plan.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan line as a page or a client sends it: the school's UAI (empty: the city's schools as a
 * whole), the school year, what it plans, how many at what unit cost, the programme funding it and
 * its rate (empty: the envelope's), and on a change the version read.
 */
@Schema(description = "A plan line as a client adds or changes it.")
public record LineForm(
        @Schema(description = "The school's UAI, a school of the plan's city; absent for the city's schools as a "
                + "whole.",
                example = "0341234A") String schoolUai,
        @Schema(required = true, description = "The school year, by the calendar year it starts in; one of the plan's.",
                example = "2026") Integer schoolYear,
        @Schema(required = true, description = "What the line plans: items of one equipment type, licences or "
                + "training.") PlanLineKind kind,
        @Schema(description = "The type of the items: required for EQUIPMENT, refused for LICENCE, optional for "
                + "TRAINING.") EquipmentType equipmentType,
        @Schema(required = true, description = "What people read, at most 200 characters.", example = "ENI des CM")
        String label,
        @Schema(required = true, description = "How many items, seats or teachers: 1 to 100000.", example = "4")
        Integer quantity,
        @Schema(required = true, description = "The estimated cost of one, in euros (0 or more).", example = "3200")
        BigDecimal unitCost,
        @Schema(required = true, description = "Who funds it: TNE (the State's Territoires Numériques Éducatifs), "
                + "DEPARTEMENT (the département's grant) or CITY (the city's own budget).") Programme programme,
        @Schema(description = "The grant rate, in percent (0 to 100); absent: the rate of the programme's envelope on "
                + "the plan (refused when it has none).", example = "70") BigDecimal grantRate,
        @Schema(description = "On a change, the version read; when given and the line changed since, 409.")
        Long version) {
}
