package fr.tandem.training.boundary;

import java.util.List;

/**
 * A teacher's training hours of a school year, from attendance only: due (18 h pro rata of
 * working time), done, remaining, split by category and by modality, and the sessions counted.
 */
public record HoursSummary(String schoolYear, int minutesDue, int minutesDone, int minutesRemaining,
                           int departementaleMinutes, int obligatoireMinutes, int optionnelleMinutes,
                           int distanceMinutes, int onSiteMinutes, List<AttendedSession> sessions) {

    /** One session that counted. */
    public record AttendedSession(String title, java.time.Instant startsAt, int minutes, String category,
                                  String modality) {
    }
}
