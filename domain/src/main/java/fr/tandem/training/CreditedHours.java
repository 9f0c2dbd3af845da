package fr.tandem.training;

import fr.tandem.platform.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The training time an offer counts toward a teacher's 18 hours, in minutes so that quarter and
 * half hours stay exact: from 15 minutes to 18 hours.
 *
 * @throws RuleViolation {@code offer.minutes.range} outside these bounds
 */
public record CreditedHours(int minutes) {

    public static final int MIN_MINUTES = 15;
    /** The longest credit one offer may give: the whole yearly obligation. */
    public static final int MAX_MINUTES = 18 * 60;
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    public CreditedHours {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new RuleViolation("offer.minutes.range", minutes);
        }
    }

    /**
     * Minutes as a form or a client sends them.
     *
     * @throws RuleViolation {@code offer.minutes.range} when missing or out of bounds
     */
    public static CreditedHours ofMinutes(Integer minutes) {
        if (minutes == null) {
            throw new RuleViolation("offer.minutes.range", "—");
        }
        return new CreditedHours(minutes);
    }

    /** The minutes in hours typed as a decimal (1.25 → 75), a part of a minute dropped; none when none. */
    public static Integer minutesIn(BigDecimal hours) {
        return hours == null ? null : hours.multiply(MINUTES_PER_HOUR).intValue();
    }

    /** In hours as a form shows them: at most two decimals, no trailing zero (75 → 1.25, 180 → 3). */
    public BigDecimal hours() {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
