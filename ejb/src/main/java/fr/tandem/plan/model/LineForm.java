package fr.tandem.plan.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.Programme;
import java.math.BigDecimal;

/**
 * A plan line as a page or a client sends it: the school's UAI (empty: the city's schools as a
 * whole), the school year, what it plans, how many at what unit cost, the programme funding it and
 * its rate (empty: the envelope's), and on a change the version read.
 */
public record LineForm(String schoolUai, Integer schoolYear, PlanLineKind kind, EquipmentType equipmentType,
                       String label, Integer quantity, BigDecimal unitCost, Programme programme, BigDecimal grantRate,
                       Long version) {
}
