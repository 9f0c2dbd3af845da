package fr.tandem.plan.model;

import fr.tandem.plan.GrantClaimStatus;
import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A grant claim in a list: reference, plan, programme, period, when it was made, status and amounts. */
@Schema(description = "A grant claim in a list. Amounts are in euros.")
public record ClaimSummary(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The claim's reference.", example = "TNE-2026-001") String reference,
        @Schema(required = true) long planId,
        @Schema(required = true) String planTitle,
        @Schema(required = true, description = "The programme claimed from: TNE (the State) or DEPARTEMENT (the "
                + "département).") Programme programme,
        @Schema(required = true, description = "The first day of the period (Paris time).", example = "2025-09-01")
        LocalDate from,
        @Schema(required = true, description = "The last day of the period (Paris time).", example = "2026-08-31")
        LocalDate to,
        @Schema(required = true, description = "When it was made, in UTC.", example = "2026-09-15T08:30:00Z")
        Instant madeAt,
        @Schema(required = true) GrantClaimStatus status,
        @Schema(required = true, description = "How many plan lines it claims.") int lineCount,
        @Schema(required = true, description = "The amount claimed from the funder, in euros.", example = "8400.00")
        BigDecimal amountClaimed,
        @Schema(description = "What the funder paid, in euros; absent until paid.", example = "8400.00")
        BigDecimal amountReceived) {
}
