package fr.tandem.dashboard.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the teachers of the schools in view said of their resolved requests in a school year
 * (ratings counted in the month they were given, Paris time), per month and per request category,
 * and how many requests the knowledge base spared them (an answer offered while they wrote solved
 * the problem), per answer.
 */
@Schema(description = "What teachers said of their resolved requests in a school year, and the requests the knowledge base "
                + "spared them.")
public record SatisfactionFigures(
        @Schema(required = true, example = "2026-2027") String schoolYear,
        @Schema(required = true) long satisfied,
        @Schema(required = true) long notSatisfied,
        @Schema(required = true, description = "Requests an answer of the knowledge base solved before they were sent.")
        long spared,
        @Schema(required = true, description = "Ratings per month they were given (Paris time).")
        List<Row> months,
        @Schema(required = true, description = "Ratings per request category.")
        List<Row> categories,
        @Schema(required = true, description = "The answers that spared requests.")
        List<SparedBy> answers) {

    /**
     * A month ({@code 2026-09}) or a request category.
     */
    @Schema(name = "SatisfactionRow", description = "Ratings of a month or of a request category.")
    public record Row(
            @Schema(required = true, description = "A month (yyyy-mm) or a request category's code.", example = "2026-09")
            String key,
            @Schema(required = true) long satisfied,
            @Schema(required = true) long notSatisfied) {
    }

    /** An answer of the knowledge base (its title in the reader's language) and the requests it spared. */
    @Schema(description = "An answer of the knowledge base and the requests it spared.")
    public record SparedBy(
            @Schema(required = true) long answerId,
            @Schema(required = true, description = "Its title in the reader's language.")
            String title,
            @Schema(required = true) long requests) {
    }
}
