package fr.tandem.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What city staff type about a licence. {@code seats} is for per-seat licences only;
 * {@code holderUai} names the school a site licence belongs to (or the one school a per-seat
 * licence is reserved for). Dates are days in Paris, {@code validUntil} included.
 * {@code grantPercent} is the share a grant pays (0 when the city pays all). {@code cityId} names
 * the city buying a new licence when an administrator creates it (city staff buy for their own city).
 */
@Schema(description = "The terms of a licence as city staff type them, to create or change it.")
public record LicenceTerms(
        @Schema(required = true, description = "The id of the product licensed, a product of the same city")
        Long productId,
        @Schema(required = true) LicenceKind kind,
        @Schema(description = "The number of seats bought: required for a PER_SEAT licence (never below the seats "
                + "assigned), ignored otherwise", example = "30")
        Integer seats,
        @Schema(description = "The UAI of the school a SITE licence belongs to (required then), or of the one "
                + "school a PER_SEAT licence is reserved for", example = "0341234X")
        String holderUai,
        @Schema(required = true, description = "The first day of validity (a Paris day)", example = "2026-09-01")
        LocalDate validFrom,
        @Schema(required = true, description = "The last day of validity, included (a Paris day), not before "
                + "validFrom", example = "2027-08-31")
        LocalDate validUntil,
        @Schema(required = true, description = "The price, in the currency (euros for EUR), at least 0, rounded to "
                + "the cent", example = "1200.00")
        BigDecimal price,
        @Schema(description = "The ISO 4217 code of the price's currency; EUR when left out", example = "EUR")
        String currency,
        @Schema(description = "Who pays a share of the price; NONE when left out") GrantSource grantSource,
        @Schema(description = "The share of the price the grant pays, in percent: 1 to 100 with a grant, 0 (or left "
                + "out) without", example = "50")
        Integer grantPercent,
        @Schema(description = "The city's purchase order number, 60 characters at most") String orderNumber,
        @Schema(description = "The supplier's contract reference, 100 characters at most") String contractReference,
        @Schema(description = "Whether assigned seats may be released or moved to someone else; false when left out")
        boolean transferable,
        @Schema(description = "MANUAL when left out") RenewalMode renewal,
        @Schema(description = "The length of a renewed period, in months, 1 to 60; 12 when left out", example = "12")
        Integer renewalMonths,
        @Schema(description = "For a PER_SEAT licence: city staff are alerted when the free seats fall below it (0 "
                + "to seats)", example = "5")
        Integer lowSeatThreshold,
        @Schema(description = "Free notes, 4000 characters at most") String notes,
        @Schema(description = "The id of the city buying the licence: required from administrators, ignored for "
                + "city staff (their own city)")
        Long cityId) {
}
