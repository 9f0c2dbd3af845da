package fr.tandem.training.model;

import fr.tandem.equipment.EquipmentType;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published offer teaching to use some equipment, still open to teachers: its enrolment window not
 * closed and a session to come ({@code nextSession}, the first).
 */
@Schema(description = "A published offer teaching to use some equipment, still open to teachers.")
public record ProposedOffer(
        @Schema(required = true) long offerId,
        @Schema(required = true) String title,
        @Schema(required = true) Set<EquipmentType> equipmentTypes,
        @Schema(required = true, description = "The start of its first session to come, an instant written in UTC.")
        Instant nextSession) {
}
