package fr.tandem.licence.model;

/** A supplier as lists show it. */
public record SupplierSummary(long id, String name, String contact) {
}
