package fr.tandem.plan.model;

import fr.tandem.equipment.EquipmentType;

/** An item of the inventory a line brought (or may bring: a candidate of the picker). */
public record LinkedItem(long id, String serialNumber, EquipmentType type, String brand, String model, String room) {
}
