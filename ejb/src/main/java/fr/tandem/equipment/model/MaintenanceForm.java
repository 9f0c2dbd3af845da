package fr.tandem.equipment.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An intervention as a client sends it: the day, who did it (a supplier's id, or a staff member's
 * name), the cost in euros, what was done, and the number of the request it answered if any.
 */
public record MaintenanceForm(LocalDate performedOn, Long supplierId, String staffName, BigDecimal cost,
                              String description, Long requestId) {
}
