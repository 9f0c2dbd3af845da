package fr.tandem.training;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When and where a session takes place, how many teachers it takes, and who runs it (usernames). */
@Schema(description = "When and where a session of an offer takes place, how many teachers it takes and who runs it.")
public record SessionDetails(
        @Schema(required = true, description = "The start, an instant written in UTC.",
                example = "2027-01-13T08:30:00Z") Instant startsAt,
        @Schema(required = true, description = "The end, an instant written in UTC, after the start and at most "
                + "12 hours later.", example = "2027-01-13T11:30:00Z") Instant endsAt,
        @Schema(required = true, maxLength = 300, example = "École Jules Ferry, salle informatique") String place,
        @Schema(required = true, description = "Seats (1 to 1000), not fewer than the seats already taken.",
                minimum = "1", maximum = "1000", example = "20") Integer capacity,
        @Schema(description = "Who runs the session, by username (inspectorate or TRAINER accounts).",
                example = "[\"c.martin\"]") List<String> trainers) {
}
