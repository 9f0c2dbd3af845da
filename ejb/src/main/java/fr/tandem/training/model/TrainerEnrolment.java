package fr.tandem.training.model;

import fr.tandem.training.Attendance;
import fr.tandem.training.BookingStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One teacher of a session as its trainer sees them: who, from which school, in what standing,
 * the attendance mark and, when the teacher marked themselves present by the trainer's code, when.
 */
@Schema(description = "One teacher of a session as its trainer sees them.")
public record TrainerEnrolment(
        @Schema(required = true) String username,
        @Schema(required = true) String teacherName,
        @Schema(description = "The teacher's school; absent when none.")
        String schoolName,
        @Schema(required = true) BookingStatus status,
        @Schema(description = "The émargement; absent until marked.")
        Attendance attendance,
        @Schema(description = "When the teacher checked in with the trainer's code, an instant written in UTC; "
                + "absent otherwise.")
        Instant checkedInAt) {
}
