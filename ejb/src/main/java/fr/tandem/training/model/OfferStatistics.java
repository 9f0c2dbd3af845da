package fr.tandem.training.model;

import java.util.List;

/**
 * An offer's follow-up figures for its inspector, counts only (nobody is named): seats held in its
 * sessions not cancelled, those attended, no-shows (seated, marked absent without excuse), excused
 * absences, late cancellations and refusals with their reasons counted.
 */
public record OfferStatistics(long offerId, String title, long enrolled, long attended, long noShows, long excused,
                              long lateCancellations, List<ReasonCount> lateCancellationReasons, long refusals,
                              List<ReasonCount> refusalReasons) {
}
