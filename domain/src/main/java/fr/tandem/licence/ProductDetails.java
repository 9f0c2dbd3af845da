package fr.tandem.licence;

/**
 * What city staff type about a product: its name, kind, publisher, GAR resource id
 * ({@code ark:/…}) when it is a GAR resource, supplier, and the access instructions teachers read;
 * {@code cityId} names the city of a new product when an administrator creates it.
 */
public record ProductDetails(String name, ProductKind kind, String publisher, String arkId, Long supplierId,
                             String accessInstructions, Long cityId) {
}
