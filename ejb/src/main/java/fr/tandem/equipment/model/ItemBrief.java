package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.time.LocalDate;

/** An item in a contract's list or in the warranties ending: enough to recognise it and open it. */
public record ItemBrief(long id, String serialNumber, String schoolUai, String schoolName, EquipmentType type,
                        String brand, LocalDate warrantyEnd) {
}
