package fr.tandem.plan.model;

import fr.tandem.plan.GrantClaimStatus;
import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A grant claim as it was made: its city, plan, programme, period, reference, when and by whom it was
 * made, status, totals (paid base, amount claimed; received and the day once paid), note, its lines
 * (from the snapshot), the totals per school and per school year, whether the caller may change it,
 * and its version.
 */
@Schema(description = "A grant claim as it was made, with its lines as claimed and its totals per school and per "
        + "school year. Amounts are in euros.")
public record ClaimDetail(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The claim's reference: programme, year made, number in the city's "
                + "claims of the programme that year.", example = "TNE-2026-001") String reference,
        @Schema(required = true) String cityName,
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
        @Schema(required = true, description = "The username of the person who made it.") String madeBy,
        @Schema(required = true) GrantClaimStatus status,
        @Schema(required = true, description = "What the claimed lines' paid invoices total, in euros.",
                example = "12000.00") BigDecimal paidBase,
        @Schema(required = true, description = "The amount claimed from the funder, in euros.", example = "8400.00")
        BigDecimal amountClaimed,
        @Schema(description = "What the funder paid, in euros; absent until paid.", example = "8400.00")
        BigDecimal amountReceived,
        @Schema(description = "The day the funder's payment was received (Paris time); absent until paid.",
                example = "2026-11-20") LocalDate receivedOn,
        @Schema(description = "A note of the person who made it; absent when none.") String note,
        @Schema(required = true, description = "The lines claimed, as they were when the claim was made.")
        List<ClaimLineSummary> lines,
        @Schema(required = true, description = "Totals per school (key: its UAI; empty key: the city's schools as a "
                + "whole).") List<ClaimTotal> bySchool,
        @Schema(required = true, description = "Totals per school year (key: the calendar year it starts in).")
        List<ClaimTotal> byYear,
        @Schema(required = true, description = "Whether the caller may cancel it or record its payment (city staff, "
                + "admin).") boolean manageable,
        @Schema(required = true, description = "The version of the claim, to send back when cancelling it or "
                + "recording its payment.") long version) {
}
