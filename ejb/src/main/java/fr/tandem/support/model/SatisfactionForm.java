package fr.tandem.support.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The teacher's rating of a resolved request: satisfied or not (required), and a comment. */
@Schema(description = "A teacher's rating of their resolved request.")
public record SatisfactionForm(
        @Schema(required = true, description = "Whether the teacher is satisfied with how it was solved.")
        Boolean satisfied,
        @Schema(description = "What the teacher adds.") String comment) {
}
