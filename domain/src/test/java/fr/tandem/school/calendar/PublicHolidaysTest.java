package fr.tandem.school.calendar;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2000, 2000-04-23", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate expected) {
        assertThat(PublicHolidays.easterSunday(year), is(expected));
    }

    @Test
    void movableHolidaysOf2026FollowEaster() {
        assertThat(PublicHolidays.on(LocalDate.of(2026, 4, 6)).map(PublicHoliday::key),
                is(Optional.of("holiday.easterMonday")));
        assertThat(PublicHolidays.on(LocalDate.of(2026, 5, 14)).map(PublicHoliday::key),
                is(Optional.of("holiday.ascension")));
        assertThat(PublicHolidays.on(LocalDate.of(2026, 5, 25)).map(PublicHoliday::key),
                is(Optional.of("holiday.whitMonday")));
        assertThat(PublicHolidays.on(LocalDate.of(2025, 4, 21)).map(PublicHoliday::key),
                is(Optional.of("holiday.easterMonday")));
    }

    @Test
    void theYear2026HasElevenHolidaysInDateOrder() {
        List<PublicHoliday> cut = PublicHolidays.of(2026);
        assertThat(cut.stream().map(PublicHoliday::date).toList(), contains(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25)));
        assertThat(cut.stream().map(PublicHoliday::key).toList(), contains("holiday.newYear",
                "holiday.easterMonday", "holiday.labourDay", "holiday.victory1945", "holiday.ascension",
                "holiday.whitMonday", "holiday.bastilleDay", "holiday.assumption", "holiday.allSaints",
                "holiday.armistice1918", "holiday.christmas"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2008, 2024, 2025, 2026, 2027, 2035, 2100})
    void everyYearHasElevenSortedHolidays(int year) {
        List<PublicHoliday> cut = PublicHolidays.of(year);
        assertThat(cut, hasSize(11));
        assertThat(cut.stream().map(holiday -> holiday.date().getYear()).toList(), everyItem(is(year)));
        assertThat(cut.stream().map(PublicHoliday::key).toList(), everyItem(startsWith("holiday.")));
        for (int index = 1; index < cut.size(); index++) {
            assertThat(cut.get(index - 1).date(), lessThanOrEqualTo(cut.get(index).date()));
        }
    }

    @Test
    void ordinaryDaysAreNotHolidays() {
        assertThat(PublicHolidays.on(LocalDate.of(2026, 5, 26)), is(Optional.empty()));
        assertThat(PublicHolidays.on(LocalDate.of(2025, 10, 22)), is(Optional.empty()));
        assertThat(PublicHolidays.on(LocalDate.of(2025, 12, 25)).map(PublicHoliday::key),
                is(Optional.of("holiday.christmas")));
    }

    @Test
    void ascensionOnLabourDayGivesTheFixedHoliday() {
        assertThat(PublicHolidays.on(LocalDate.of(2008, 5, 1)).map(PublicHoliday::key),
                is(Optional.of("holiday.labourDay")));
    }

    @Test
    void refusesYearsBeforeTheGregorianRule() {
        assertThrows(IllegalArgumentException.class, () -> PublicHolidays.of(1500));
    }
}
