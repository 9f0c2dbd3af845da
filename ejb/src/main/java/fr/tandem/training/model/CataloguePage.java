package fr.tandem.training.model;

import java.util.List;

/** One page of the catalogue and the number of sessions that match in all. */
public record CataloguePage(long total, List<SessionSummary> items) {
}
