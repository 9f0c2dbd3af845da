package fr.tandem.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What city staff type about a product: its name, kind, publisher, GAR resource id
 * ({@code ark:/…}) when it is a GAR resource, supplier, and the access instructions teachers read;
 * {@code cityId} names the city of a new product when an administrator creates it.
 */
@Schema(description = "A product as city staff type it, to create or change it.")
public record ProductDetails(
        @Schema(required = true, description = "200 characters at most") String name,
        @Schema(required = true) ProductKind kind,
        @Schema(description = "200 characters at most") String publisher,
        @Schema(description = "The GAR resource id (ark:/…) when it is a GAR resource", example = "ark:/12345/abc")
        String arkId,
        @Schema(description = "The id of its supplier, a supplier of the same city") Long supplierId,
        @Schema(description = "How teachers reach it, 4000 characters at most") String accessInstructions,
        @Schema(description = "The id of the city of a new product: required from administrators, ignored for city "
                + "staff (their own city)")
        Long cityId) {
}
