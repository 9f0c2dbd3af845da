package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;
import java.time.Instant;

/**
 * An answer of the knowledge base as the caller reads it: {@code title} and {@code answer} in the
 * caller's language (the French when no English was written), and both languages as written.
 */
public record AnswerView(long id, long cityId, String cityName, RequestCategory category, String title, String answer,
                         String titleFr, String answerFr, String titleEn, String answerEn, String keywords,
                         boolean published, Instant updatedAt, String updatedBy) {
}
