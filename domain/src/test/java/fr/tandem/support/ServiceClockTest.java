package fr.tandem.support;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import fr.tandem.school.calendar.SchoolHolidayCalendar;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service-level clock runs in working hours only: not on weekends, public holidays or school holidays. */
class ServiceClockTest {

    /** Toussaint 2026, zone C: last class Friday 16 October, classes resume Monday 2 November. */
    private final ServiceClock cut = new ServiceClock(SchoolHolidayCalendar.of(List.of(new SchoolHolidayPeriod(
            "Vacances de la Toussaint", "Zone C", LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 2)))));

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ServiceClock.PARIS).toInstant();
    }

    @Test
    void aDeadlineSkipsTheWeekend() {
        // Friday 27 November 2026, 16:00: one hour on Friday, three on Monday
        assertThat(cut.deadline(paris("2026-11-27T16:00"), Duration.ofHours(4)), is(paris("2026-11-30T11:00")));
    }

    @Test
    void aDeadlineSkipsAPublicHoliday() {
        // Tuesday 10 November 2026, 16:00; Wednesday 11 November is Armistice day
        assertThat(cut.deadline(paris("2026-11-10T16:00"), Duration.ofHours(4)), is(paris("2026-11-12T11:00")));
    }

    @Test
    void aDeadlineSkipsTheSchoolHolidays() {
        // Friday 16 October 2026, 15:00: two hours before the holidays, two when classes resume
        assertThat(cut.deadline(paris("2026-10-16T15:00"), Duration.ofHours(4)), is(paris("2026-11-02T10:00")));
    }

    @Test
    void aRequestMadeAtNightStartsCountingAtOpening() {
        assertThat(cut.deadline(paris("2026-11-24T22:30"), Duration.ofHours(2)), is(paris("2026-11-25T10:00")));
        assertThat(cut.deadline(paris("2026-11-28T09:00"), Duration.ZERO), is(paris("2026-11-30T08:00")));
    }

    @Test
    void workingDays() {
        assertThat(cut.isWorkingDay(LocalDate.of(2026, 11, 30)), is(true));
        assertThat(cut.isWorkingDay(LocalDate.of(2026, 11, 28)), is(false));
        assertThat(cut.isWorkingDay(LocalDate.of(2026, 12, 25)), is(false));
        assertThat(cut.isWorkingDay(LocalDate.of(2026, 10, 20)), is(false));
        assertThat(cut.isWorkingDay(LocalDate.of(2026, 11, 2)), is(true));
    }
}
