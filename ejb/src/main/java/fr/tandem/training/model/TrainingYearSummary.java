package fr.tandem.training.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One school year of a teacher's history: its quotité and minutes due (frozen once the year closed,
 * the account's own for the year in progress or a past year not closed yet), the minutes done from
 * attendance in the year's dates, and the school the teacher was in (at the close; today's otherwise).
 */
@Schema(description = "One school year of a teacher's history; durations in minutes.")
public record TrainingYearSummary(
        @Schema(required = true, description = "The year it starts in September.", example = "2026")
        int startYear,
        @Schema(required = true, example = "2026-2027") String schoolYear,
        @Schema(required = true, description = "Whether it is the year in progress.")
        boolean current,
        @Schema(required = true, description = "Whether it was closed (its figures frozen).")
        boolean closed,
        @Schema(required = true, description = "The quotité, in percent.", example = "100")
        int workingTimePercent,
        @Schema(required = true) int minutesDue,
        @Schema(required = true) int minutesDone,
        @Schema(required = true) int minutesRemaining,
        @Schema(description = "The teacher's school (at the close; today's otherwise); absent when none.", example = "0341234X")
        String schoolUai,
        @Schema(description = "Its name; absent when none.") String schoolName,
        @Schema(description = "When the year was closed, an instant written in UTC; absent while open.")
        Instant closedAt) {
}
