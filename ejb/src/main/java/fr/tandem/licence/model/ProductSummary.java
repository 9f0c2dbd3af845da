package fr.tandem.licence.model;

import fr.tandem.licence.ProductKind;

/** A product as lists and forms show it, with the city that owns it. */
public record ProductSummary(long id, String name, ProductKind kind, String publisher, String arkId, Long supplierId,
                             String supplierName, String accessInstructions, Long cityId, String cityName) {
}
