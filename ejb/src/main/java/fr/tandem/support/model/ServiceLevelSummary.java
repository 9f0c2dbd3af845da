package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;

/** The targets of a category, in working hours. */
public record ServiceLevelSummary(RequestCategory category, int firstAnswerHours, int resolutionHours) {
}
