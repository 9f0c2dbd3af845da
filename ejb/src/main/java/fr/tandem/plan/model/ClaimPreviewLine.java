package fr.tandem.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An eligible plan line: its school (null for the city's schools as a whole), year and label, rate,
 * paid base, the rate's share of it, the amount it would claim (less than the share, or 0, past the
 * envelope), the day of its last payment and its paid invoices' references.
 */
public record ClaimPreviewLine(long lineId, String schoolUai, String schoolName, int schoolYear, String label,
                               BigDecimal rate, BigDecimal paidBase, BigDecimal share, BigDecimal amount,
                               LocalDate lastPaidOn, List<String> invoiceReferences) {

    /** Whether the claim covers it (it claims more than nothing). */
    public boolean claimed() {
        return amount.signum() > 0;
    }
}
