package fr.tandem.equipment.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An intervention as a client sends it: the day, who did it (a supplier's id, or a staff member's
 * name), the cost in euros, what was done, and the number of the request it answered if any.
 */
@Schema(description = "An intervention on an equipment item as a client sends it: who did it is a supplier or a "
        + "staff member, one of them.")
public record MaintenanceForm(
        @Schema(required = true, description = "The day it was done (a Paris day), not in the future",
                example = "2026-11-20")
        LocalDate performedOn,
        @Schema(description = "The id of the supplier who did it (or give staffName)") Long supplierId,
        @Schema(description = "The staff member who did it (or give supplierId), 100 characters at most")
        String staffName,
        @Schema(required = true, description = "Its cost, in euros, at least 0", example = "85.00") BigDecimal cost,
        @Schema(required = true, description = "What was done") String description,
        @Schema(description = "The number of the support request it answered") Long requestId) {
}
