package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer of the knowledge base as city staff write it. City staff write for their own city;
 * an administrator names the city ({@code cityId}). The English title and answer may be left out
 * (English readers then get the French).
 */
@Schema(description = "An answer of the knowledge base as city staff write or rewrite it.")
public record AnswerForm(
        @Schema(description = "The city the answer is for: administrators only (city staff write for their own city, "
                + "and a rewrite keeps the answer's city).")
        Long cityId,
        @Schema(required = true, description = "The kind of request the answer helps with.")
        RequestCategory category,
        @Schema(required = true, description = "The title in French.")
        String titleFr,
        @Schema(required = true, description = "The answer in French.")
        String answerFr,
        @Schema(description = "The title in English: given together with answerEn, or not at all.")
        String titleEn,
        @Schema(description = "The answer in English: given together with titleEn, or not at all.")
        String answerEn,
        @Schema(description = "Other words a search should find the answer by.")
        String keywords,
        @Schema(description = "Whether the schools read it; false (the default) keeps it a draft that only city staff "
                + "read.")
        boolean published) {
}
