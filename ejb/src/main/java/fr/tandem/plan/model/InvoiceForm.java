package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invoice of a line as typed: its reference, day, amount and, when already paid, the day it was paid. */
@Schema(description = "An invoice of a plan line, as recorded.")
public record InvoiceForm(
        @Schema(required = true, description = "The supplier's reference, at most 60 characters, unique in the line.",
                example = "F-2026-051") String reference,
        @Schema(required = true, description = "The day it was issued (Paris time).", example = "2026-04-10")
        LocalDate issuedOn,
        @Schema(description = "The day it was paid (Paris time), not before it was issued; absent while unpaid.",
                example = "2026-05-02") LocalDate paidOn,
        @Schema(required = true, description = "Its amount in euros, more than 0.", example = "12400")
        BigDecimal amount) {
}
