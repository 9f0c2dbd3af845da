package fr.tandem.licence.model;

import fr.tandem.licence.ProductKind;

/** A product as lists and forms show it. */
public record ProductSummary(long id, String name, ProductKind kind, String publisher, String arkId, Long supplierId,
                             String supplierName, String accessInstructions) {
}
