package fr.tandem.support.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A training need a teacher raised, passed by the city to the inspector of the school's circonscription. */
@Schema(description = "A training need a teacher raised, passed by the city to the inspectors of the school's "
        + "circonscription. Instants are written in UTC.")
public record TrainingNeed(
        @Schema(required = true, description = "The request that raised it.") long requestId,
        @Schema(required = true, description = "The school's UAI.", example = "0341234X") String schoolUai,
        @Schema(required = true) String schoolName,
        @Schema(required = true, description = "The name of the teacher who raised it.") String teacherName,
        @Schema(required = true, description = "The request's title.") String subject,
        @Schema(required = true, description = "The request's description.") String description,
        @Schema(required = true, description = "When the teacher raised it.") Instant raisedAt,
        @Schema(required = true, description = "When the city passed it on.") Instant referredAt) {
}
