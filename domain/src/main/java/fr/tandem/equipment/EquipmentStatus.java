package fr.tandem.equipment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an item stands in its life; a retired item stays retired. */
@Schema(description = "Where an equipment item stands in its life; a RETIRED item stays retired.")
public enum EquipmentStatus {
    IN_SERVICE,
    BROKEN,
    IN_REPAIR,
    RETIRED
}
