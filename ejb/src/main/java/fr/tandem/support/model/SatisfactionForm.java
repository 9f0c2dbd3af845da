package fr.tandem.support.model;

/** The teacher's rating of a resolved request: satisfied or not (required), and a comment. */
public record SatisfactionForm(Boolean satisfied, String comment) {
}
