package fr.tandem.dashboard.model;

import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;

/**
 * An inspector's home: this week's sessions of the circonscription, the drafts to publish, the enrolment requests
 * to validate and how full the next sessions are.
 */
public record InspectorWork(HomeList<SessionSummary> thisWeek, HomeList<OfferSummary> drafts,
                            HomeList<OfferToValidate> toValidate, HomeList<SessionSummary> upcoming) {
}
