package fr.tandem.licence.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supplier as lists show it, with the city that buys from it. */
@Schema(description = "A supplier of licences and contracts, with the city that buys from it.")
public record SupplierSummary(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(description = "How to reach it") String contact,
        @Schema(description = "The id of the city that buys from it") Long cityId,
        @Schema(description = "The name of that city") String cityName) {
}
