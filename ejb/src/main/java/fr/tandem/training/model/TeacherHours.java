package fr.tandem.training.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One teacher's hours of the school year, in the inspector's list of the circonscription. */
@Schema(description = "One teacher's hours of the school year, in the inspector's list.")
public record TeacherHours(
        @Schema(required = true) String username,
        @Schema(required = true) String lastName,
        @Schema(required = true) String firstName,
        @Schema(required = true, example = "0341234X") String schoolUai,
        @Schema(required = true) String schoolName,
        @Schema(required = true) HoursSummary hours) {
}
