package fr.tandem.dashboard.model;

import fr.tandem.training.model.SessionSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything waiting for one person, one part per role they hold ({@code null} for the roles they do not hold; all
 * of them for a councillor, whose work is the dashboard), and the sessions they run as a named trainer.
 */
@Schema(description = "The work waiting for the caller, one part per role they hold, absent for a role they do not hold: teacher, "
                + "school (head teachers), inspector, city (city staff), admin; and sessionsToRun, the sessions still to end "
                + "where the caller is a named trainer.")
public record MyHome(
        TeacherWork teacher,
        SchoolWork school,
        InspectorWork inspector,
        CityWork city,
        AdminWork admin,
        @Schema(required = true) HomeList<SessionSummary> sessionsToRun) {
}
