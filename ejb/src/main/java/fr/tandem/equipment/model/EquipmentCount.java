package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;

/** How many items of a type a school has in service or out of it (retired ones left out), for the dashboard. */
public record EquipmentCount(String schoolUai, String schoolName, EquipmentType type, long count) {
}
