package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentEventKind;
import java.time.Instant;

/** One line of an item's history. */
public record EquipmentEventSummary(Instant at, EquipmentEventKind kind, String from, String to, String note, String by) {
}
