package fr.tandem.training.model;

import fr.tandem.equipment.EquipmentType;
import java.time.Instant;
import java.util.Set;

/**
 * A published offer teaching to use some equipment, still open to teachers: its enrolment window not
 * closed and a session to come ({@code nextSession}, the first).
 */
public record ProposedOffer(long offerId, String title, Set<EquipmentType> equipmentTypes, Instant nextSession) {
}
