package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;

/**
 * An answer of the knowledge base as city staff write it. City staff write for their own city;
 * an administrator names the city ({@code cityId}). The English title and answer may be left out
 * (English readers then get the French).
 */
public record AnswerForm(Long cityId, RequestCategory category, String titleFr, String answerFr, String titleEn,
                         String answerEn, String keywords, boolean published) {
}
