package fr.tandem.equipment.model;

import java.util.List;

/** A window of the inventory and how many items match in all. */
public record EquipmentPage(long total, List<EquipmentSummary> items) {
}
