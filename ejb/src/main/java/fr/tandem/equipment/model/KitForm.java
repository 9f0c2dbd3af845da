package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentType;
import java.util.List;

/** A kit as its pool's manager writes it: its items by serial number and its checklist, one part per line. */
public record KitForm(String name, EquipmentType type, Long poolId, List<String> serialNumbers, String checklist) {
}
