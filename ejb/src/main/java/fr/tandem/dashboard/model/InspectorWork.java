package fr.tandem.dashboard.model;

import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspector's home: this week's sessions of the circonscription, the drafts to publish, the enrolment requests
 * to validate and how full the next sessions are.
 */
@Schema(description = "An inspector's part of the home page, their circonscription.")
public record InspectorWork(
        @Schema(required = true, description = "This week's sessions.")
        HomeList<SessionSummary> thisWeek,
        @Schema(required = true, description = "Offers still drafts.")
        HomeList<OfferSummary> drafts,
        @Schema(required = true, description = "Offers with enrolment requests to validate.")
        HomeList<OfferToValidate> toValidate,
        @Schema(required = true, description = "The next sessions, to see how full they are.")
        HomeList<SessionSummary> upcoming) {
}
