package fr.tandem.support;

import fr.tandem.school.calendar.PublicHolidays;
import fr.tandem.school.calendar.SchoolHolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Counts the working hours of the city's IT department, in Paris time: from {@link #OPENS} to
 * {@link #CLOSES} on working days. Weekends, French public holidays and school holidays do not
 * count (the service-level clocks stop).
 */
public final class ServiceClock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);

    /** No target spans more than this many calendar days (a guard against an endless search). */
    private static final int MAX_DAYS = 3660;

    private final SchoolHolidayCalendar schoolHolidays;

    public ServiceClock(SchoolHolidayCalendar schoolHolidays) {
        this.schoolHolidays = Objects.requireNonNull(schoolHolidays, "schoolHolidays");
    }

    /** Whether the clocks run on this day: a weekday that is neither a public holiday nor in the school holidays. */
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && PublicHolidays.on(day).isEmpty() && schoolHolidays.periodOn(day).isEmpty();
    }

    /** The instant at which {@code working} working time has passed since {@code from}. */
    public Instant deadline(Instant from, Duration working) {
        if (working.isNegative()) {
            throw new IllegalArgumentException("Negative working time: " + working);
        }
        Duration remaining = working;
        ZonedDateTime cursor = from.atZone(PARIS);
        for (int days = 0; days < MAX_DAYS; days++) {
            LocalDate day = cursor.toLocalDate();
            if (isWorkingDay(day)) {
                ZonedDateTime opens = day.atTime(OPENS).atZone(PARIS);
                ZonedDateTime closes = day.atTime(CLOSES).atZone(PARIS);
                ZonedDateTime start = cursor.isAfter(opens) ? cursor : opens;
                if (start.isBefore(closes)) {
                    Duration available = Duration.between(start, closes);
                    if (remaining.compareTo(available) <= 0) {
                        return start.plus(remaining).toInstant();
                    }
                    remaining = remaining.minus(available);
                }
            }
            cursor = day.plusDays(1).atStartOfDay(PARIS);
        }
        throw new IllegalArgumentException("No deadline within " + MAX_DAYS + " days for " + working);
    }
}
