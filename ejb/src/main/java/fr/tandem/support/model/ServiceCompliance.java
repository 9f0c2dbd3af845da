package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;

/**
 * For the partnership dashboard: per category, the open requests (and how many are overdue), and
 * among the requests answered or resolved, how many were within the target.
 */
public record ServiceCompliance(RequestCategory category, long open, long overdue, long answered,
                                long answeredOnTime, long resolved, long resolvedOnTime) {
}
