package fr.tandem.licence;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What city staff type about a licence. {@code seats} is for per-seat licences only;
 * {@code holderUai} names the school a site licence belongs to (or the one school a per-seat
 * licence is reserved for). Dates are days in Paris, {@code validUntil} included.
 * {@code grantPercent} is the share a grant pays (0 when the city pays all). {@code cityId} names
 * the city buying a new licence when an administrator creates it (city staff buy for their own city).
 */
public record LicenceTerms(Long productId, LicenceKind kind, Integer seats, String holderUai, LocalDate validFrom,
                           LocalDate validUntil, BigDecimal price, String currency, GrantSource grantSource,
                           Integer grantPercent, String orderNumber, String contractReference, boolean transferable,
                           RenewalMode renewal, Integer renewalMonths, Integer lowSeatThreshold, String notes,
                           Long cityId) {
}
