package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One item as pages and the API show it; price and TNE share are left out (null) for school staff. */
public record EquipmentSummary(long id, String serialNumber, String schoolUai, String schoolName, EquipmentType type,
                               String brand, String model, String room, LocalDate purchaseDate, BigDecimal price,
                               BigDecimal tneAmount, LocalDate warrantyEnd, boolean underWarranty,
                               EquipmentStatus status, long version) {
}
