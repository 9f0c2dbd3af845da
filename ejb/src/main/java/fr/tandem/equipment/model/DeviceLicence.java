package fr.tandem.equipment.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Seats of a licence an item holds: the licence, its product, the seats and the end of validity;
 * for city staff, the part of the licence's price these seats stand for and the part its grant pays
 * (null for the others).
 */
@Schema(description = "Seats of a licence an equipment item holds; the money shares are for city staff only.")
public record DeviceLicence(
        @Schema(required = true) long assignmentId,
        @Schema(required = true) long licenceId,
        @Schema(required = true) String productName,
        @Schema(required = true) int seats,
        @Schema(required = true, description = "The licence's last day of validity, included (a Paris day)",
                example = "2027-08-31")
        LocalDate validUntil,
        @Schema(description = "The part of the licence's price these seats stand for, in the licence's currency; "
                + "for city staff only")
        BigDecimal priceShare,
        @Schema(description = "The part of that share a grant pays; for city staff only") BigDecimal grantShare) {
}
