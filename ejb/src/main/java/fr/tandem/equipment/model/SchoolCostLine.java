package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;

/** What a school's equipment of one type cost in one year: purchases + interventions + licences − grants = total. */
public record SchoolCostLine(int year, EquipmentType type, BigDecimal purchase, BigDecimal maintenance,
                             BigDecimal licences, BigDecimal grants, BigDecimal total) {
}
