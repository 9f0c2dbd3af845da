package fr.tandem.training.model;

import java.time.Instant;

/**
 * One school year of a teacher's history: its quotité and minutes due (frozen once the year closed,
 * the account's own for the year in progress or a past year not closed yet), the minutes done from
 * attendance in the year's dates, and the school the teacher was in (at the close; today's otherwise).
 */
public record TrainingYearSummary(int startYear, String schoolYear, boolean current, boolean closed,
                                  int workingTimePercent, int minutesDue, int minutesDone, int minutesRemaining,
                                  String schoolUai, String schoolName, Instant closedAt) {
}
