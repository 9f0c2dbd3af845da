package fr.tandem.training.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A day (Paris time) on which teachers seated in sessions held on class time are away: how many
 * replacement teachers it needs, and the schools concerned.
 */
public record ReplacementDay(LocalDate day, int replacements, List<ReplacementSchool> schools) {
}
