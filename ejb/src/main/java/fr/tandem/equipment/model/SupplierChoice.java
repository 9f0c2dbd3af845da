package fr.tandem.equipment.model;

/** A supplier an intervention may name: one of the item's city. */
public record SupplierChoice(long id, String name) {
}
