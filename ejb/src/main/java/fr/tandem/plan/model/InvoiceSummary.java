package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invoice of a line as callers read it (null paidOn while unpaid). */
@Schema(description = "An invoice of a plan line.")
public record InvoiceSummary(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The supplier's reference.", example = "F-2026-051") String reference,
        @Schema(required = true, description = "The day it was issued (Paris time).", example = "2026-04-10")
        LocalDate issuedOn,
        @Schema(description = "The day it was paid (Paris time); absent while unpaid.", example = "2026-05-02")
        LocalDate paidOn,
        @Schema(required = true, description = "Its amount, in euros.", example = "12400.00") BigDecimal amount) {
}
