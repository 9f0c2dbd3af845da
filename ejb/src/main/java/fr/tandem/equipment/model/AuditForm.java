package fr.tandem.equipment.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign to open: its name, its due date and the UAIs of its schools (none: every school of the
 * caller's city).
 */
public record AuditForm(String name, LocalDate dueDate, List<String> schoolUais) {
}
