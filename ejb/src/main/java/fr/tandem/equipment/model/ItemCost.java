package fr.tandem.equipment.model;

import java.math.BigDecimal;

/**
 * An item's total cost of ownership: purchase price + interventions + the share of the licences on
 * it (each licence's price times the device's seats over the licence's seats, over the seats
 * assigned for a site or unlimited licence) − grants (the TNE amount and the licences' grants on
 * those shares).
 */
public record ItemCost(long equipmentId, BigDecimal purchase, BigDecimal maintenance, int interventions,
                       BigDecimal licences, BigDecimal grants, BigDecimal total) {
}
