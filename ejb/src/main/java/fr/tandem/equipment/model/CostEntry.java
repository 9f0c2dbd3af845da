package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;

/**
 * One amount of an item's cost of ownership, in the year it was spent: the purchase (the purchase
 * date's year), an intervention (its day's year), a licence's share (the year the licence starts)
 * or a grant (negative: the TNE amount in the purchase year, a licence's grant in the licence's).
 *
 * @param by     who: the supplier or staff member of an intervention, the product of a licence
 * @param detail what was done, for an intervention
 */
public record CostEntry(int year, long equipmentId, String serialNumber, EquipmentType type, CostKind kind, String by,
                        String detail, BigDecimal amount) {
}
