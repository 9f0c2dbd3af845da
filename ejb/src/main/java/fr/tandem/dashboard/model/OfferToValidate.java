package fr.tandem.dashboard.model;

/** An offer whose enrolment requests wait for the inspector's decision, and how many do. */
public record OfferToValidate(long offerId, String title, int pending) {
}
