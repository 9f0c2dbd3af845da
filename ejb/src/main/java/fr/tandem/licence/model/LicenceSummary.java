package fr.tandem.licence.model;

import fr.tandem.licence.GrantSource;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.RenewalMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A licence as city staff read it: seats bought, assigned and free today ({@code null} when
 * unlimited), validity with the days left, money and funding, and the city that owns it.
 */
@Schema(description = "A licence as city staff read it: its terms, the seats bought, assigned and free today, its "
        + "validity and its money.")
public record LicenceSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long productId,
        @Schema(required = true) String productName,
        @Schema(required = true) LicenceKind kind,
        @Schema(description = "The seats bought; absent unless the licence is PER_SEAT", example = "30") Integer seats,
        @Schema(required = true, description = "The seats assigned today", example = "12") int assignedSeats,
        @Schema(description = "The seats bought and not assigned today (0 outside the validity); absent unless the "
                + "licence is PER_SEAT", example = "18")
        Integer freeSeats,
        @Schema(description = "The UAI of the school a SITE licence belongs to, or of the one school a PER_SEAT "
                + "licence is reserved for", example = "0341234X")
        String holderUai,
        @Schema(description = "The name of that school") String holderName,
        @Schema(required = true, description = "The first day of validity (a Paris day)", example = "2026-09-01")
        LocalDate validFrom,
        @Schema(required = true, description = "The last day of validity, included (a Paris day)",
                example = "2027-08-31")
        LocalDate validUntil,
        @Schema(required = true, description = "Days from today (Paris) to validUntil; negative once it is past",
                example = "120")
        long daysLeft,
        @Schema(required = true, description = "Whether validUntil is past") boolean expired,
        @Schema(required = true) LicenceStatus status,
        @Schema(required = true, description = "The price, in the currency (euros for EUR)", example = "1200.00")
        BigDecimal price,
        @Schema(required = true, description = "The ISO 4217 code of the price's currency", example = "EUR")
        String currency,
        @Schema(required = true) GrantSource grantSource,
        @Schema(required = true, description = "The share of the price the grant pays, in percent (0 without a "
                + "grant)", example = "50")
        int grantPercent,
        @Schema(required = true, description = "The part of the price the grant pays, in the currency",
                example = "600.00")
        BigDecimal grantAmount,
        @Schema(required = true, description = "The part of the price the city pays, in the currency",
                example = "600.00")
        BigDecimal cityAmount,
        @Schema(description = "The city's purchase order number") String orderNumber,
        @Schema(description = "The supplier's contract reference") String contractReference,
        @Schema(required = true, description = "Whether assigned seats may be released or moved to someone else")
        boolean transferable,
        @Schema(required = true) RenewalMode renewal,
        @Schema(required = true, description = "The length of a renewed period, in months", example = "12")
        int renewalMonths,
        @Schema(description = "For a PER_SEAT licence: the free seats under which city staff are alerted",
                example = "5")
        Integer lowSeatThreshold,
        @Schema(required = true, description = "Whether the free seats are below the threshold today")
        boolean lowOnSeats,
        @Schema(description = "Free notes") String notes,
        @Schema(description = "The GAR subscription id (idAbonnement) of a licence imported from the GAR")
        String garSubscriptionId,
        @Schema(description = "The id of the city that owns the licence") Long cityId,
        @Schema(description = "The name of that city") String cityName) {
}
