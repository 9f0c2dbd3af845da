package fr.tandem.dashboard.model;

import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspector's home: this week's sessions of the circonscription, the drafts to publish, the enrolment requests
 * to validate and how full the next sessions are.
 */
@Schema(description = "An inspector's part of the home page, their circonscription: this week's sessions, "
        + "offers still drafts, offers with enrolment requests to validate (toValidate), the next sessions (upcoming) "
        + "to see how full they are.")
public record InspectorWork(
        @Schema(required = true) HomeList<SessionSummary> thisWeek,
        @Schema(required = true) HomeList<OfferSummary> drafts,
        @Schema(required = true) HomeList<OfferToValidate> toValidate,
        @Schema(required = true) HomeList<SessionSummary> upcoming) {
}
