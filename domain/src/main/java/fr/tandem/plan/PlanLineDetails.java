package fr.tandem.plan;

import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;

/**
 * What a plan line says, as typed: its kind, the equipment type it buys or trains on (for equipment,
 * required; for training, optional), a label, how many (items, seats or teachers), the estimated unit
 * cost, the programme that funds it and the grant rate in percent (the programme's envelope rate
 * when left empty).
 */
public record PlanLineDetails(PlanLineKind kind, EquipmentType equipmentType, String label, Integer quantity,
                              BigDecimal unitCost, Programme programme, BigDecimal grantRate) {
}
