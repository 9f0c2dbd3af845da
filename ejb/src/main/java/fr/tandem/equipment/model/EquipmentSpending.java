package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;

/** Money spent on a type of equipment (all items bought, retired ones included), with the TNE share and the city's. */
public record EquipmentSpending(EquipmentType type, long items, BigDecimal total, BigDecimal tne, BigDecimal city) {
}
