package fr.tandem.dashboard.model;

import java.util.List;

/**
 * What the teachers of the schools in view said of their resolved requests in a school year
 * (ratings counted in the month they were given, Paris time), per month and per request category,
 * and how many requests the knowledge base spared them (an answer offered while they wrote solved
 * the problem), per answer.
 */
public record SatisfactionFigures(String schoolYear, long satisfied, long notSatisfied, long spared, List<Row> months,
                                  List<Row> categories, List<SparedBy> answers) {

    /**
     * A month ({@code 2026-09}) or a request category.
     */
    public record Row(String key, long satisfied, long notSatisfied) {
    }

    /** An answer of the knowledge base (its title in the reader's language) and the requests it spared. */
    public record SparedBy(long answerId, String title, long requests) {
    }
}
