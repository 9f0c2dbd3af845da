package fr.tandem.support.model;

import java.time.Instant;

/** The teacher's rating of a request, and whether they may still change it. */
public record SatisfactionView(boolean satisfied, String comment, Instant ratedAt, boolean changeable) {
}
