package fr.tandem.dashboard.model;

import fr.tandem.support.model.RequestSummary;
import fr.tandem.training.model.HoursSummary;
import fr.tandem.training.model.SessionSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A teacher's home: their next sessions, their hours of this school year and their open requests. */
@Schema(description = "A teacher's part of the home page: their next sessions, their hours of this school year, "
        + "their open requests.")
public record TeacherWork(
        @Schema(required = true) HomeList<SessionSummary> nextSessions,
        @Schema(required = true) HoursSummary hours,
        @Schema(required = true) HomeList<RequestSummary> openRequests) {

    /** The share of the hours due already done, in whole percent (0 to 100). */
    public int hoursPercent() {
        if (hours == null || hours.minutesDue() <= 0) {
            return hours != null && hours.minutesDone() > 0 ? 100 : 0;
        }
        return (int) Math.min(100, Math.round(hours.minutesDone() * 100.0 / hours.minutesDue()));
    }
}
