package fr.tandem.equipment;

/** Where an item stands in its life; a retired item stays retired. */
public enum EquipmentStatus {
    IN_SERVICE,
    BROKEN,
    IN_REPAIR,
    RETIRED
}
