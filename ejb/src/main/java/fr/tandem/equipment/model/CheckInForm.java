package fr.tandem.equipment.model;

import fr.tandem.equipment.KitCondition;
import java.util.List;

/**
 * What the kit came back like: its condition, the parts of its checklist missing, a note, and whether
 * damage or missing parts open a request to the city on the kit's first item.
 */
public record CheckInForm(KitCondition condition, List<String> missingParts, String note, Boolean openRequest) {
}
