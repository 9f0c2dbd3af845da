package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item as a form sends it, to create or change it.
 *
 * @param tneAmount the part of the price the TNE programme paid (euros)
 * @param version   the version the person read, to refuse overwriting someone else's change (may be null)
 */
@Schema(description = "An equipment item as a client sends it, to add or change it.")
public record EquipmentForm(
        @Schema(description = "The serial number (letters, digits, . / _ -, 60 characters at most, stored in upper "
                + "case): required to add an item, ignored on a change (it stays)", example = "ENI-2026-0042")
        String serialNumber,
        @Schema(required = true, description = "The UAI of the school the item is in, a school of the caller's city",
                example = "0341234X")
        String schoolUai,
        @Schema(required = true) EquipmentType type,
        @Schema(required = true, description = "100 characters at most", example = "Speechi") String brand,
        @Schema(description = "100 characters at most") String model,
        @Schema(description = "The room the item is in, 100 characters at most", example = "Salle 3") String room,
        @Schema(description = "The day the item was bought (a Paris day)", example = "2026-03-15")
        LocalDate purchaseDate,
        @Schema(description = "The price paid, in euros, at least 0", example = "2490.00") BigDecimal price,
        @Schema(description = "The part of the price the TNE programme paid, in euros, at most the price; 0 when "
                + "left out", example = "1245.00")
        BigDecimal tneAmount,
        @Schema(description = "The last day of the warranty (a Paris day), not before the purchase",
                example = "2029-03-15")
        LocalDate warrantyEnd,
        @Schema(description = "On a change: the version read; 409 when the item changed since (left out: no check)")
        Long version) {
}
