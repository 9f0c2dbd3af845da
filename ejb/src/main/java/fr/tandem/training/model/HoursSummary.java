package fr.tandem.training.model;

import fr.tandem.training.HoursDue;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OutsideProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A teacher's training hours of a school year, from attendance only: due (18 h pro rata of
 * working time or the circonscription's table, {@code dueSource} says which, {@code dueCirconscription} whose), done, remaining, split by nature (animations pédagogiques, formation continue),
 * by category and by modality, and the sessions counted. At most 9 hours at a distance count
 * ({@code distanceNotCountedMinutes} is the rest); at least half of the hours due must be
 * formation continue ({@code formationContinueMissingMinutes} is what still lacks). Validated hours
 * done outside Tandem count the same way and are listed apart ({@code outside}, {@code outsideMinutes}).
 */
@Schema(description = "A teacher's training hours of a school year, from attendance and validated hours done outside "
                + "Tandem; all durations in minutes.")
public record HoursSummary(
        @Schema(required = true, example = "2026-2027") String schoolYear,
        @Schema(required = true, description = "The quotité, in percent.", example = "100")
        int workingTimePercent,
        @Schema(required = true, description = "Minutes due (1080 for 18 h at full time).", example = "1080")
        int minutesDue,
        @Schema(required = true, description = "Minutes done that count.")
        int minutesDone,
        @Schema(required = true, description = "Minutes still due (0 at least).")
        int minutesRemaining,
        @Schema(required = true, description = "Minutes of animations pédagogiques.")
        int animationMinutes,
        @Schema(required = true, description = "Minutes of formation continue.")
        int formationContinueMinutes,
        @Schema(required = true, description = "Minutes of formation continue still lacking "
                + "(at least half of the hours due must be formation continue).")
        int formationContinueMissingMinutes,
        @Schema(required = true) int departementaleMinutes,
        @Schema(required = true) int obligatoireMinutes,
        @Schema(required = true) int optionnelleMinutes,
        @Schema(required = true, description = "Minutes done at a distance, all of them (at most 540 count).")
        int distanceMinutes,
        @Schema(required = true, description = "Minutes at a distance beyond the 9 hours that count.")
        int distanceNotCountedMinutes,
        @Schema(required = true) int onSiteMinutes,
        @Schema(required = true, description = "The sessions that counted.")
        List<AttendedSession> sessions,
        @Schema(required = true, description = "Where minutesDue comes from.")
        HoursDue.Source dueSource,
        @Schema(description = "The circonscription whose rule applied; absent when none.")
        String dueCirconscription,
        @Schema(required = true, description = "Minutes done outside Tandem and validated (they count, shown apart).")
        int outsideMinutes,
        @Schema(required = true, description = "The validated hours done outside Tandem.")
        List<OutsideSession> outside) {

    /** Hours done outside Tandem that the inspector validated (they count, shown apart: "hors Tandem"). */
    @Schema(description = "Hours done outside Tandem that the inspector validated.")
    public record OutsideSession(
            @Schema(required = true) String title,
            @Schema(required = true) OutsideProvider provider,
            @Schema(required = true, description = "The day it was done (Paris time).", example = "2027-01-13")
            LocalDate doneOn,
            @Schema(required = true, description = "Its length in minutes.")
            int minutes,
            @Schema(required = true) OfferNature nature,
            @Schema(required = true) Modality modality) {
    }

    /** One session that counted. */
    @Schema(description = "One attended session that counted.")
    public record AttendedSession(
            @Schema(required = true, description = "The offer's title.") String title,
            @Schema(required = true, description = "Its start, an instant written in UTC.")
            Instant startsAt,
            @Schema(required = true, description = "Minutes credited.") int minutes,
            @Schema(required = true) OfferNature nature,
            @Schema(required = true) OfferCategory category,
            @Schema(required = true) Modality modality) {
    }
}
