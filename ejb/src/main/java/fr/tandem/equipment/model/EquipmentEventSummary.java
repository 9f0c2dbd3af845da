package fr.tandem.equipment.model;

import fr.tandem.equipment.EquipmentEventKind;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an item's history. */
@Schema(description = "One event of an equipment item's history: its entry, a move or a status change.")
public record EquipmentEventSummary(
        @Schema(required = true, description = "When it happened, an instant in UTC", example = "2026-11-20T09:15:00Z")
        Instant at,
        @Schema(required = true) EquipmentEventKind kind,
        @Schema(description = "The place (school and room) or status before; absent for the entry") String from,
        @Schema(description = "The place or status after") String to,
        @Schema(description = "The note given with a status change") String note,
        @Schema(description = "Who did it; for city staff and administrators only") String by) {
}
