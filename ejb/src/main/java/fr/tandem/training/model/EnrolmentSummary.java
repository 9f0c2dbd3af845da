package fr.tandem.training.model;

import fr.tandem.training.Attendance;
import fr.tandem.training.BookingStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of a session's enrolment list: who, from which school, in what standing (and whether
 * the inspector designated them), and the émargement.
 */
@Schema(description = "One line of a session's enrolment list.")
public record EnrolmentSummary(
        @Schema(required = true) String username,
        @Schema(required = true) String teacherName,
        @Schema(description = "The teacher's school; absent when they have none.")
        String schoolName,
        @Schema(required = true) BookingStatus status,
        @Schema(required = true, description = "Whether the inspector designated the teacher (an obligatoire offer's target "
                + "public).")
        boolean designated,
        @Schema(required = true, description = "When the teacher booked, an instant written in UTC.")
        Instant requestedAt,
        @Schema(description = "The place in the waiting line (1: next); absent unless waitlisted.")
        Integer waitlistPosition,
        @Schema(description = "The émargement; absent until marked.")
        Attendance attendance) {
}
