package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a claim would cover: the eligible lines with their amounts (those beyond the envelope with 0,
 * left out of the claim), the programme's envelope on the plan (null: no ceiling), what its live claims
 * already took and what remains (null: no ceiling), and the totals of the lines claimed.
 */
@Schema(description = "What a claim would cover now: the eligible lines with their amounts under the programme's "
        + "envelope, and the totals of the lines it would claim. Amounts are in euros.")
public record ClaimPreview(
        @Schema(required = true) long planId,
        @Schema(required = true) String planTitle,
        @Schema(required = true, description = "The programme claimed from: TNE (the State) or DEPARTEMENT (the "
                + "département).") Programme programme,
        @Schema(required = true, description = "The first day of the period (Paris time).", example = "2025-09-01")
        LocalDate from,
        @Schema(required = true, description = "The last day of the period (Paris time).", example = "2026-08-31")
        LocalDate to,
        @Schema(required = true, description = "The eligible lines, in the order they take the envelope (school year, "
                + "then creation); those past the envelope claim 0 and are left out of the claim.")
        List<ClaimPreviewLine> lines,
        @Schema(description = "The programme's envelope on the plan, in euros; absent when it set no ceiling.",
                example = "250000.00") BigDecimal envelope,
        @Schema(required = true, description = "What the programme's claims on the plan not cancelled already took, "
                + "in euros.", example = "0.00") BigDecimal alreadyClaimed,
        @Schema(description = "What remains of the envelope, in euros (never below 0); absent without a ceiling.",
                example = "250000.00") BigDecimal remaining,
        @Schema(required = true, description = "What the paid invoices of the lines claimed total, in euros.",
                example = "12000.00") BigDecimal paidBase,
        @Schema(required = true, description = "The amount the claim would ask for, in euros.", example = "8400.00")
        BigDecimal amount,
        @Schema(required = true, description = "Whether the envelope cut the amount below the lines' shares.")
        boolean capped) {

    /** The ids of the lines a claim would cover (those with an amount). */
    public List<Long> claimedLineIds() {
        return lines.stream().filter(ClaimPreviewLine::claimed).map(ClaimPreviewLine::lineId).toList();
    }
}
