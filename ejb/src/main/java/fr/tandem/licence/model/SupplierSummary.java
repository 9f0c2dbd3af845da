package fr.tandem.licence.model;

/** A supplier as lists show it, with the city that buys from it. */
public record SupplierSummary(long id, String name, String contact, Long cityId, String cityName) {
}
