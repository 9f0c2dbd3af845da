package fr.tandem.plan.model;

import fr.tandem.plan.GrantClaimStatus;
import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A grant claim in a list: reference, plan, programme, period, when it was made, status and amounts. */
public record ClaimSummary(long id, String reference, long planId, String planTitle, Programme programme,
                           LocalDate from, LocalDate to, Instant madeAt, GrantClaimStatus status, int lineCount,
                           BigDecimal amountClaimed, BigDecimal amountReceived) {
}
