package fr.tandem.licence.boundary;

/** A supplier as lists show it. */
public record SupplierSummary(long id, String name, String contact) {
}
