package fr.tandem.training;

import java.time.Instant;

/** When and where a session takes place, and how many teachers it takes. */
public record SessionDetails(Instant startsAt, Instant endsAt, String place, Integer capacity) {
}
