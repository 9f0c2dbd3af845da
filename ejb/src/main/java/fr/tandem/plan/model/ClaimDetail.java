package fr.tandem.plan.model;

import fr.tandem.plan.GrantClaimStatus;
import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant claim as it was made: its city, plan, programme, period, reference, when and by whom it was
 * made, status, totals (paid base, amount claimed; received and the day once paid), note, its lines
 * (from the snapshot), the totals per school and per school year, whether the caller may change it,
 * and its version.
 */
public record ClaimDetail(long id, String reference, String cityName, long planId, String planTitle,
                          Programme programme, LocalDate from, LocalDate to, Instant madeAt, String madeBy,
                          GrantClaimStatus status, BigDecimal paidBase, BigDecimal amountClaimed,
                          BigDecimal amountReceived, LocalDate receivedOn, String note, List<ClaimLineSummary> lines,
                          List<ClaimTotal> bySchool, List<ClaimTotal> byYear, boolean manageable, long version) {
}
