package fr.tandem.equipment.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign to open: its name, its due date and the UAIs of its schools (none: every school of the
 * caller's city).
 */
@Schema(description = "An audit campaign to open: its name, its due date and its schools.")
public record AuditForm(
        @Schema(required = true, description = "150 characters at most", example = "Inventaire 2027") String name,
        @Schema(required = true, description = "The day it should be done by (a Paris day)", example = "2027-06-30")
        LocalDate dueDate,
        @Schema(description = "The UAIs of its schools, schools of the caller's city; every school of the city when "
                + "left out or empty")
        List<String> schoolUais) {
}
