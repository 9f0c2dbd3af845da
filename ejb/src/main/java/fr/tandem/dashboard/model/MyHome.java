package fr.tandem.dashboard.model;

import fr.tandem.training.model.SessionSummary;

/**
 * Everything waiting for one person, one part per role they hold ({@code null} for the roles they do not hold; all
 * of them for a councillor, whose work is the dashboard), and the sessions they run as a named trainer.
 */
public record MyHome(TeacherWork teacher, SchoolWork school, InspectorWork inspector, CityWork city, AdminWork admin,
                     HomeList<SessionSummary> sessionsToRun) {
}
