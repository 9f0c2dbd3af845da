package fr.tandem.licence.model;

import fr.tandem.licence.AssignmentTarget;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where seats go: a school (UAI), and within it the whole school, a class, a teacher (username) or a
 * device (the equipment item's id; the UAI may then be left out, the device's school is taken).
 */
@Schema(description = "Where seats of a licence go: a school, and within it the whole school, a class, a teacher or "
        + "a device.")
public record AssignmentRequest(
        @Schema(description = "The school's UAI: required, except for the DEVICE target (the device's school is "
                + "taken)", example = "0341234X")
        String uai,
        @Schema(description = "Who holds the seats within the school; SCHOOL when left out") AssignmentTarget target,
        @Schema(description = "The class: required for the CLASS target, 100 characters at most", example = "CM1 B")
        String className,
        @Schema(description = "The teacher's username: required for the TEACHER target; a teacher of that school")
        String teacherUsername,
        @Schema(description = "How many seats, at least 1; 1 when left out. A reassignment moves all the "
                + "assignment's seats and ignores it", example = "25")
        Integer seats,
        @Schema(description = "The equipment item's id: required for the DEVICE target") Long equipmentId) {
}
