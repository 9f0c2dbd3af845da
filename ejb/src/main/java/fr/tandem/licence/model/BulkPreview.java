package fr.tandem.licence.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk assignment would do: the schools and seats, and whether the free seats suffice. */
@Schema(description = "What a bulk assignment does or would do: the schools and their seats, and whether the free "
        + "seats suffice.")
public record BulkPreview(
        @Schema(required = true) List<Line> lines,
        @Schema(required = true, description = "The seats all the schools together need") int seatsNeeded,
        @Schema(description = "The licence's free seats today; absent unless the licence is PER_SEAT")
        Integer freeSeats,
        @Schema(required = true, description = "Whether the free seats suffice") boolean fits) {

    /** One school of the preview. */
    @Schema(name = "BulkAssignmentLine", description = "One school of a bulk assignment and the seats it gets.")
    public record Line(
            @Schema(required = true, example = "0341234X") String uai,
            @Schema(required = true) String schoolName,
            @Schema(required = true) int seats) {
    }
}
