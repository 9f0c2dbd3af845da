package fr.tandem.licence.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bought, assigned and used seats of a product in a school (no UAI: seats bought and not yet
 * assigned). {@code bought} is {@code null} for site and unlimited licences, {@code used} when no
 * usage was imported; {@code unusedCost} is the money of seats nobody uses, when it is known.
 */
@Schema(description = "Seats of a product in a school: bought, assigned and used, and the money of the seats nobody "
        + "uses.")
public record ReconciliationLine(
        @Schema(required = true) String productName,
        @Schema(description = "The GAR resource id of a GAR resource") String arkId,
        @Schema(description = "The school's UAI; absent for the seats bought and not assigned", example = "0341234X")
        String uai,
        @Schema(required = true, description = "The school's name, or \"(non affectés)\" for the seats not assigned")
        String schoolName,
        @Schema(description = "Seats bought; absent for SITE and UNLIMITED licences") Integer bought,
        @Schema(required = true, description = "Seats assigned") int assigned,
        @Schema(description = "Seats used, after the GAR usage imported; absent when none was") Integer used,
        @Schema(description = "Seats bought and not used, when both are known") Integer unusedSeats,
        @Schema(description = "The money of the seats not used, in the currency, when it is known", example = "240.00")
        BigDecimal unusedCost,
        @Schema(description = "The ISO 4217 code of the currency (\"—\" when the licences mix currencies)",
                example = "EUR")
        String currency) {
}
