package fr.tandem.support.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The teacher's rating of a request, and whether they may still change it. */
@Schema(description = "A teacher's rating of a request, and whether they may still change it.")
public record SatisfactionView(
        @Schema(required = true, description = "Whether the teacher is satisfied with how it was solved.")
        boolean satisfied,
        @Schema(description = "What the teacher added; absent when nothing.") String comment,
        @Schema(required = true, description = "When the rating was first given, in UTC.",
                example = "2027-01-13T08:30:00Z") Instant ratedAt,
        @Schema(required = true, description = "Whether the teacher may still change it (within 7 days of giving it).")
        boolean changeable) {
}
