package fr.tandem.plan.model;

import fr.tandem.equipment.EquipmentType;

/** For an equipment type: how many items the lines plan, and how many items of the inventory are linked (delivered). */
public record TypeCount(EquipmentType type, long planned, long linked) {
}
