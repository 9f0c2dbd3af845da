package fr.tandem.equipment.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One intervention on an item, with who did it (supplier or staff member) and who recorded it when. */
@Schema(description = "An intervention on an equipment item, with who did it and who recorded it.")
public record MaintenanceSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long equipmentId,
        @Schema(required = true, description = "The day it was done (a Paris day)", example = "2026-11-20")
        LocalDate performedOn,
        @Schema(description = "The supplier who did it, if a supplier did") Long supplierId,
        @Schema(description = "That supplier's name") String supplierName,
        @Schema(description = "The staff member who did it, if one did") String staffName,
        @Schema(required = true, description = "Its cost, in euros", example = "85.00") BigDecimal cost,
        @Schema(required = true, description = "What was done") String description,
        @Schema(description = "The number of the support request it answered") Long requestId,
        @Schema(required = true, description = "Who recorded it") String recordedBy,
        @Schema(required = true, description = "When it was recorded, an instant in UTC") Instant recordedAt) {
}
