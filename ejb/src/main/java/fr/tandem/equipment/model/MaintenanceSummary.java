package fr.tandem.equipment.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One intervention on an item, with who did it (supplier or staff member) and who recorded it when. */
public record MaintenanceSummary(long id, long equipmentId, LocalDate performedOn, Long supplierId, String supplierName,
                                 String staffName, BigDecimal cost, String description, Long requestId,
                                 String recordedBy, Instant recordedAt) {
}
