package fr.tandem.licence.model;

import fr.tandem.licence.ProductKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as lists and forms show it, with the city that owns it. */
@Schema(description = "A product licences are bought for (software or digital resource), with the city that owns "
        + "it.")
public record ProductSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) ProductKind kind,
        String publisher,
        @Schema(description = "The GAR resource id of a GAR resource", example = "ark:/12345/abc") String arkId,
        Long supplierId,
        @Schema(description = "The name of its supplier") String supplierName,
        @Schema(description = "How teachers reach it") String accessInstructions,
        @Schema(description = "The id of the city that owns it") Long cityId,
        @Schema(description = "The name of that city") String cityName) {
}
