package fr.tandem.licence.model;

import fr.tandem.licence.GrantSource;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.RenewalMode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A licence as city staff read it: seats bought, assigned and free today ({@code null} when
 * unlimited), validity with the days left, money and funding, and the city that owns it.
 */
public record LicenceSummary(long id, long productId, String productName, LicenceKind kind, Integer seats,
                             int assignedSeats, Integer freeSeats, String holderUai, String holderName,
                             LocalDate validFrom, LocalDate validUntil, long daysLeft, boolean expired,
                             LicenceStatus status, BigDecimal price, String currency, GrantSource grantSource,
                             int grantPercent, BigDecimal grantAmount, BigDecimal cityAmount, String orderNumber,
                             String contractReference, boolean transferable, RenewalMode renewal, int renewalMonths,
                             Integer lowSeatThreshold, boolean lowOnSeats, String notes, String garSubscriptionId,
                             Long cityId, String cityName) {
}
