package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the funder paid for a claim and the day; the version of the claim read (or null). */
@Schema(description = "The funder's payment of a submitted claim.")
public record ClaimPayment(
        @Schema(required = true, description = "What the funder paid, in euros: more than 0, at most the amount "
                + "claimed.", example = "8400.00") BigDecimal amount,
        @Schema(required = true, description = "The day it was received (Paris time): from the claim's day to today.",
                example = "2026-11-20") LocalDate receivedOn,
        @Schema(description = "The version of the claim read; when given and the claim changed since, 409.")
        Long version) {
}
