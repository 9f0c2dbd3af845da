package fr.tandem.equipment.model;

import fr.tandem.equipment.AuditFinding;

/**
 * An item seen during a campaign: the item (its id, or the serial number on its label), the room it
 * is in and the state it is found in.
 */
public record Sighting(Long equipmentId, String serialNumber, String room, AuditFinding finding) {
}
