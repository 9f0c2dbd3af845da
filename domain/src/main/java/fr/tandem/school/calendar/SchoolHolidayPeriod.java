package fr.tandem.school.calendar;

import fr.tandem.platform.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One school-holiday period of a zone, as the ministry publishes it: classes stop after the last
 * class of the day before {@code firstDayOff}, and resume the morning of {@code classesResume}.
 * The days without class are therefore {@code [firstDayOff, classesResume)}, in Europe/Paris.
 *
 * <p>Toussaint 2025 in zone C: the last class is Friday 17 October, {@code firstDayOff} is
 * Saturday 18 October and {@code classesResume} is Monday 3 November.
 *
 * @param description   the ministry's name of the period, such as "Vacances de la Toussaint"
 * @param zone          the zone it applies to, such as "Zone C" (empty when the source does not say)
 * @param firstDayOff   the first day without class
 * @param classesResume the day classes resume in the morning, the first day after the period
 */
@Schema(description = "One school-holiday period of a zone, as the ministry publishes it; the days without class are "
                + "[firstDayOff, classesResume), Paris time.")
public record SchoolHolidayPeriod(
        @Schema(required = true, description = "The ministry's name of the period.", example = "Vacances de la Toussaint")
        String description,
        @Schema(required = true, description = "The zone it applies to (empty when the source does not say).", example = "Zone C")
        String zone,
        @Schema(required = true, description = "The first day without class.", example = "2025-10-18")
        LocalDate firstDayOff,
        @Schema(required = true, description = "The day classes resume in the morning.", example = "2025-11-03")
        LocalDate classesResume) {

    /** The time zone of the school calendar. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * Checks that the period has at least one day without class.
     *
     * @throws RuleViolation {@code holidays.period.invalid} when classes resume on or before the
     *                       first day off
     */
    public SchoolHolidayPeriod {
        description = Objects.requireNonNull(description, "description").strip();
        zone = Objects.requireNonNull(zone, "zone").strip();
        Objects.requireNonNull(firstDayOff, "firstDayOff");
        Objects.requireNonNull(classesResume, "classesResume");
        if (!classesResume.isAfter(firstDayOff)) {
            throw new RuleViolation("holidays.period.invalid", description);
        }
    }

    /** Whether there is no class on this date because of this period. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDayOff) && date.isBefore(classesResume);
    }

    /**
     * Whether something from {@code start} to {@code end} (exclusive) takes place, even partly, on
     * a day without class of this period, days being those of Europe/Paris: a session on the
     * afternoon of the last day of class or on the morning classes resume does not overlap.
     *
     * @throws IllegalArgumentException when {@code end} is not after {@code start}
     */
    public boolean overlaps(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The end " + end + " is not after the start " + start);
        }
        Instant holidaysStart = firstDayOff.atStartOfDay(PARIS).toInstant();
        Instant holidaysEnd = classesResume.atStartOfDay(PARIS).toInstant();
        return start.isBefore(holidaysEnd) && end.isAfter(holidaysStart);
    }
}
