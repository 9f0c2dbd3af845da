package fr.tandem.training;

import java.time.Instant;
import java.util.List;

/** When and where a session takes place, how many teachers it takes, and who runs it (usernames). */
public record SessionDetails(Instant startsAt, Instant endsAt, String place, Integer capacity, List<String> trainers) {
}
