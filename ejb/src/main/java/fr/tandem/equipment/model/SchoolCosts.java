package fr.tandem.equipment.model;

import java.util.List;

/** A school's equipment cost: by year and type, and by year, oldest year first. */
public record SchoolCosts(String uai, String schoolName, List<SchoolCostLine> lines, List<SchoolYearCost> years) {
}
