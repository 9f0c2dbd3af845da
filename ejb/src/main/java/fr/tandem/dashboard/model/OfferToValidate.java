package fr.tandem.dashboard.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer whose enrolment requests wait for the inspector's decision, and how many do. */
@Schema(description = "An offer whose enrolment requests wait for the inspector's decision.")
public record OfferToValidate(
        @Schema(required = true) long offerId,
        @Schema(required = true) String title,
        @Schema(required = true, description = "Requests waiting.") int pending) {
}
