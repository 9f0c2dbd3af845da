package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item as a form sends it, to create or change it.
 *
 * @param tneAmount the part of the price the TNE programme paid (euros)
 * @param version   the version the person read, to refuse overwriting someone else's change (may be null)
 */
public record EquipmentForm(String serialNumber, String schoolUai, EquipmentType type, String brand, String model,
                            String room, LocalDate purchaseDate, BigDecimal price, BigDecimal tneAmount,
                            LocalDate warrantyEnd, Long version) {
}
