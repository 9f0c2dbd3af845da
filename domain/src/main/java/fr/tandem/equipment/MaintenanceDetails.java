package fr.tandem.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an intervention record says, as typed: day, cost, doer (a staff member's name), text and request number. */
public record MaintenanceDetails(LocalDate performedOn, BigDecimal cost, String staffName, String description,
                                 Long requestId) {
}
