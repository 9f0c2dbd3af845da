package fr.tandem.training.model;

import java.time.Instant;

/** One date of a set of sessions taken together (a parcours): which session, when and where. */
public record SetDate(long sessionId, Instant startsAt, Instant endsAt, String place) {
}
