package fr.tandem.licence.model;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What ends with the school year on {@code yearEnd} (31 August) and the city reviews: seats given to
 * classes (class names change every year) and the licences whose validity ends by then, with their
 * renewal mode.
 */
@Schema(description = "What ends with the school year: the seats given to classes and the licences ending by 31 "
        + "August.")
public record RolloverReview(
        @Schema(required = true, description = "The school year's last day, 31 August (a Paris day)",
                example = "2027-08-31")
        LocalDate yearEnd,
        @Schema(required = true, description = "The seats given to classes, which the new year's class names may "
                + "change")
        List<AssignmentSummary> classAssignments,
        @Schema(required = true, description = "The licences whose validity ends by yearEnd, with their renewal "
                + "mode")
        List<LicenceSummary> endingLicences) {
}
