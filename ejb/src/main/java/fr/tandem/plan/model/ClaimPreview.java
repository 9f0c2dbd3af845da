package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a claim would cover: the eligible lines with their amounts (those beyond the envelope with 0,
 * left out of the claim), the programme's envelope on the plan (null: no ceiling), what its live claims
 * already took and what remains (null: no ceiling), and the totals of the lines claimed.
 */
public record ClaimPreview(long planId, String planTitle, Programme programme, LocalDate from, LocalDate to,
                           List<ClaimPreviewLine> lines, BigDecimal envelope, BigDecimal alreadyClaimed,
                           BigDecimal remaining, BigDecimal paidBase, BigDecimal amount, boolean capped) {

    /** The ids of the lines a claim would cover (those with an amount). */
    public List<Long> claimedLineIds() {
        return lines.stream().filter(ClaimPreviewLine::claimed).map(ClaimPreviewLine::lineId).toList();
    }
}
