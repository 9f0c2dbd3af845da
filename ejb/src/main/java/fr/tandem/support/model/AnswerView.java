package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer of the knowledge base as the caller reads it: {@code title} and {@code answer} in the
 * caller's language (the French when no English was written), and both languages as written.
 */
@Schema(description = "An answer of the knowledge base as the caller reads it, in the caller's language and in both "
        + "languages as written.")
public record AnswerView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The city whose answer it is.") long cityId,
        @Schema(required = true) String cityName,
        @Schema(required = true, description = "The kind of request the answer helps with.") RequestCategory category,
        @Schema(required = true, description = "The title in the caller's language (the French when no English was "
                + "written).") String title,
        @Schema(required = true, description = "The answer in the caller's language (the French when no English was "
                + "written).") String answer,
        @Schema(required = true, description = "The title in French.") String titleFr,
        @Schema(required = true, description = "The answer in French.") String answerFr,
        @Schema(description = "The title in English; absent when none was written.") String titleEn,
        @Schema(description = "The answer in English; absent when none was written.") String answerEn,
        @Schema(description = "Other words a search finds the answer by.") String keywords,
        @Schema(required = true, description = "Whether the schools read it (false: a draft only city staff read).")
        boolean published,
        @Schema(required = true, description = "When it was last written, in UTC.", example = "2027-01-13T08:30:00Z")
        Instant updatedAt,
        @Schema(required = true, description = "The name of the person who last wrote it.") String updatedBy) {
}
