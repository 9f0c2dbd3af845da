package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item as pages and the API show it; price and TNE share are left out (null) for school staff. */
@Schema(description = "An equipment item as the API shows it; its price and TNE share are left out for school "
        + "staff.")
public record EquipmentSummary(
        @Schema(required = true) long id,
        @Schema(required = true, description = "ENI-2026-0042") String serialNumber,
        @Schema(required = true, description = "0341234X") String schoolUai,
        @Schema(required = true) String schoolName,
        @Schema(required = true) EquipmentType type,
        @Schema(required = true) String brand,
        String model,
        @Schema(description = "The room the item is in") String room,
        @Schema(description = "The day the item was bought (a Paris day)", example = "2026-03-15")
        LocalDate purchaseDate,
        @Schema(description = "The price paid, in euros; for city staff and administrators only", example = "2490.00")
        BigDecimal price,
        @Schema(description = "The part of the price the TNE programme paid, in euros; for city staff and "
                + "administrators only", example = "1245.00")
        BigDecimal tneAmount,
        @Schema(description = "The last day of the warranty (a Paris day)", example = "2029-03-15")
        LocalDate warrantyEnd,
        @Schema(required = true, description = "Whether the warranty runs today") boolean underWarranty,
        @Schema(required = true) EquipmentStatus status,
        @Schema(required = true, description = "The item's version, to send back with a change") long version) {
}
