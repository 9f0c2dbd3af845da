package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paid invoice a claim covers: reference, day, day paid and amount. */
@Schema(description = "A paid invoice a claim covers, as it was when the claim was made.")
public record ClaimInvoice(
        @Schema(required = true, description = "The invoice's reference.", example = "F-2026-051") String reference,
        @Schema(required = true, description = "The day it was issued (Paris time).", example = "2026-04-10")
        LocalDate issuedOn,
        @Schema(required = true, description = "The day it was paid (Paris time).", example = "2026-05-02")
        LocalDate paidOn,
        @Schema(required = true, description = "Its amount, in euros.", example = "12400.00") BigDecimal amount) {
}
