package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;

/**
 * What to look for in the inventory.
 *
 * @param text      words of the serial number, brand, model or room
 * @param sort      serialNumber, type, brand, room, schoolName, purchaseDate, warrantyEnd or status
 */
public record EquipmentQuery(String text, String schoolUai, EquipmentType type, EquipmentStatus status, String sort,
                             boolean ascending, int first, int size) {

    /** Everything (for exports), in serial-number order. */
    public static EquipmentQuery all(String schoolUai) {
        return new EquipmentQuery(null, schoolUai, null, null, "serialNumber", true, 0, Integer.MAX_VALUE);
    }
}
