package fr.tandem.training.model;

import java.time.Instant;

/** What a run of the school-year rollover did: when, the year then in progress, the teachers' years it closed. */
public record RolloverResult(Instant ranAt, String currentYear, int yearsClosed) {
}
