package fr.tandem.equipment.model;

import java.math.BigDecimal;

/** What a school's equipment cost in one year, all types together: purchases + interventions + licences − grants = total. */
public record SchoolYearCost(int year, BigDecimal purchase, BigDecimal maintenance, BigDecimal licences,
                             BigDecimal grants, BigDecimal total) {
}
