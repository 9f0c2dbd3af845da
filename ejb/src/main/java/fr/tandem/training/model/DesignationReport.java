package fr.tandem.training.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What designating a target public to a session did: how many teachers got a seat, how many
 * already had one in a session of the offer, and who could not be designated because another
 * session of theirs overlaps (their names, with the other session).
 */
@Schema(description = "What designating a target public to a session did.")
public record DesignationReport(
        @Schema(required = true, description = "Teachers who got a seat.")
        int designated,
        @Schema(required = true, description = "Teachers who already had a seat in a session of the offer, left as they were.")
        int alreadyEnrolled,
        @Schema(required = true, description = "Teachers left out because another session of theirs overlaps: their names, with "
                + "the other session.")
        List<String> overlapping) {
}
