package fr.tandem.licence.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What ends with the school year on {@code yearEnd} (31 August) and the city reviews: seats given to
 * classes (class names change every year) and the licences whose validity ends by then, with their
 * renewal mode.
 */
public record RolloverReview(LocalDate yearEnd, List<AssignmentSummary> classAssignments,
                             List<LicenceSummary> endingLicences) {
}
