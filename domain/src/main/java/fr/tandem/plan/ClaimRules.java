package fr.tandem.plan;

import fr.tandem.platform.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a grant claim may cover and how much it claims. A line is eligible for a claim of a programme
 * over a period when it is funded by that programme, not claimed yet, delivered (or in service), has at
 * least one paid invoice, and its last invoice paid was paid within the period (first and last day
 * included): a line is claimed once, for what is paid when it is claimed, in the period its payments
 * end. Each line's share is its rate applied to its paid base, to the cent. The envelope caps: the
 * claims of a programme on a plan never take more than its envelope; the lines, in order, take their
 * share until what remains runs out, the line where it runs out takes the rest, and lines after it are
 * left out of the claim (they stay unclaimed).
 */
public final class ClaimRules {

    /** The longest period one claim covers, in days (a little more than a plan's six school years). */
    public static final int MAX_PERIOD_DAYS = 7 * 366;

    private ClaimRules() {
    }

    /** A claimable programme and a period from its first day to its last, {@value #MAX_PERIOD_DAYS} days at most. */
    public static void checkRequest(Programme programme, LocalDate from, LocalDate to) {
        if (programme == null) {
            throw new RuleViolation("plan.programme.required");
        }
        if (!programme.claimable()) {
            throw new RuleViolation("plan.line.claim.programme");
        }
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new RuleViolation("plan.claim.period", MAX_PERIOD_DAYS);
        }
    }

    /** Whether the line can go into a claim of the programme over the period (see the class). */
    public static boolean eligible(PlanLine line, Programme programme, LocalDate from, LocalDate to) {
        LocalDate lastPaid = line.lastPaidOn();
        return line.programme() == programme && !line.claimed() && line.state().reached(PlanLineState.DELIVERED)
                && lastPaid != null && !lastPaid.isBefore(from) && !lastPaid.isAfter(to);
    }

    /**
     * The amounts claimed for these shares, in order, under what remains of the envelope (null: no
     * ceiling): each share in full until the remainder runs out, then what is left, then nothing.
     */
    public static List<BigDecimal> capped(List<BigDecimal> shares, BigDecimal remaining) {
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal left = remaining == null ? null : remaining.max(BigDecimal.ZERO);
        for (BigDecimal share : shares) {
            BigDecimal amount = left == null ? share : share.min(left);
            amounts.add(amount);
            if (left != null) {
                left = left.subtract(amount);
            }
        }
        return amounts;
    }
}
