package fr.tandem.training.model;

import fr.tandem.training.HoursDue;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OutsideProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A teacher's training hours of a school year, from attendance only: due (18 h pro rata of
 * working time or the circonscription's table, {@code dueSource} says which, {@code dueCirconscription} whose), done, remaining, split by nature (animations pédagogiques, formation continue),
 * by category and by modality, and the sessions counted. At most 9 hours at a distance count
 * ({@code distanceNotCountedMinutes} is the rest); at least half of the hours due must be
 * formation continue ({@code formationContinueMissingMinutes} is what still lacks). Validated hours
 * done outside Tandem count the same way and are listed apart ({@code outside}, {@code outsideMinutes}).
 */
public record HoursSummary(String schoolYear, int workingTimePercent, int minutesDue, int minutesDone,
                           int minutesRemaining, int animationMinutes, int formationContinueMinutes,
                           int formationContinueMissingMinutes, int departementaleMinutes, int obligatoireMinutes,
                           int optionnelleMinutes, int distanceMinutes, int distanceNotCountedMinutes,
                           int onSiteMinutes, List<AttendedSession> sessions, HoursDue.Source dueSource,
                           String dueCirconscription, int outsideMinutes, List<OutsideSession> outside) {

    /** Hours done outside Tandem that the inspector validated (they count, shown apart: "hors Tandem"). */
    public record OutsideSession(String title, OutsideProvider provider, LocalDate doneOn, int minutes,
                                 OfferNature nature, Modality modality) {
    }

    /** One session that counted. */
    public record AttendedSession(String title, Instant startsAt, int minutes, OfferNature nature,
                                  OfferCategory category, Modality modality) {
    }
}
