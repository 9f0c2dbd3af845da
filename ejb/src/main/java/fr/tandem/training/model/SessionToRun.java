package fr.tandem.training.model;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session as its trainer runs it: the session, whether its attendance may be taken, when its
 * self check-in opens and whether it is open now, and its teachers (seats, then the waiting line,
 * then requests).
 */
@Schema(description = "A session as its trainer runs it, with its teachers.")
public record SessionToRun(
        @Schema(required = true) SessionSummary session,
        @Schema(required = true, description = "Whether attendance may be marked (from the day of the session).")
        boolean attendanceOpen,
        @Schema(required = true, description = "When the self check-in opens, an instant written in UTC.")
        Instant checkInOpens,
        @Schema(required = true, description = "Whether the self check-in is open now.")
        boolean checkInOpen,
        @Schema(required = true, description = "Its teachers: seats, then the waiting line, then requests.")
        List<TrainerEnrolment> enrolments) {
}
