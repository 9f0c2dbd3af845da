package fr.tandem.equipment;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What describes an item apart from its serial number, school and status, checked: a type, a
 * brand and model, the room, the purchase date and price, the part of the price the TNE programme
 * paid (the rest is the city's), and the end of the warranty.
 *
 * @param price     in euros, with cents; may be unknown (null)
 * @param tneAmount the part of the price paid by the TNE programme, between 0 and the price (0 when unknown)
 */
public record EquipmentDetails(EquipmentType type, String brand, String model, String room, LocalDate purchaseDate,
                               BigDecimal price, BigDecimal tneAmount, LocalDate warrantyEnd) {

    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    public EquipmentDetails {
        if (type == null) {
            throw new RuleViolation("equipment.type.required");
        }
        brand = Texts.required(brand, "equipment.brand.required", 100);
        model = Texts.optional(model, 100);
        room = Texts.optional(room, 100);
        if (price != null) {
            if (price.signum() < 0 || price.compareTo(MAX_PRICE) >= 0) {
                throw new RuleViolation("equipment.price.range");
            }
            price = price.setScale(2, RoundingMode.HALF_UP);
        }
        tneAmount = tneAmount == null ? BigDecimal.ZERO.setScale(2) : tneAmount.setScale(2, RoundingMode.HALF_UP);
        if (tneAmount.signum() < 0 || (price == null ? tneAmount.signum() > 0 : tneAmount.compareTo(price) > 0)) {
            throw new RuleViolation("equipment.tne.range");
        }
        if (purchaseDate != null && warrantyEnd != null && warrantyEnd.isBefore(purchaseDate)) {
            throw new RuleViolation("equipment.warranty.beforePurchase");
        }
    }

    /** The city's part of the price (the price less the TNE part), or null when the price is unknown. */
    public BigDecimal cityAmount() {
        return price == null ? null : price.subtract(tneAmount);
    }
}
