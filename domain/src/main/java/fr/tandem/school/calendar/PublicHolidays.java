package fr.tandem.school.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The eleven public holidays of metropolitan France, computed for any Gregorian year. */
public final class PublicHolidays {

    private static final int FIRST_GREGORIAN_EASTER = 1583;

    private PublicHolidays() {
    }

    /**
     * The public holidays of a year, sorted by date: 1 January, Easter Monday, 1 May, 8 May,
     * Ascension Thursday, Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December.
     *
     * @throws IllegalArgumentException for a year before the Gregorian Easter rule (1583)
     */
    public static List<PublicHoliday> of(int year) {
        LocalDate easter = easterSunday(year);
        List<PublicHoliday> holidays = new ArrayList<>(List.of(
                fixed(year, 1, 1, "holiday.newYear"),
                new PublicHoliday(easter.plusDays(1), "holiday.easterMonday"),
                fixed(year, 5, 1, "holiday.labourDay"),
                fixed(year, 5, 8, "holiday.victory1945"),
                new PublicHoliday(easter.plusDays(39), "holiday.ascension"),
                new PublicHoliday(easter.plusDays(50), "holiday.whitMonday"),
                fixed(year, 7, 14, "holiday.bastilleDay"),
                fixed(year, 8, 15, "holiday.assumption"),
                fixed(year, 11, 1, "holiday.allSaints"),
                fixed(year, 11, 11, "holiday.armistice1918"),
                fixed(year, 12, 25, "holiday.christmas")));
        holidays.sort(Comparator.comparing(PublicHoliday::date));
        return List.copyOf(holidays);
    }

    /**
     * The public holiday on this date, if it is one (when two fall on the same day, as Ascension
     * and 1 May in 2008, the fixed one).
     */
    public static Optional<PublicHoliday> on(LocalDate date) {
        return of(date.getYear()).stream().filter(holiday -> holiday.date().equals(date)).findFirst();
    }

    /**
     * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm
     * (Meeus/Jones/Butcher).
     *
     * @throws IllegalArgumentException for a year before 1583
     */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_EASTER) {
            throw new IllegalArgumentException("No Gregorian Easter before " + FIRST_GREGORIAN_EASTER + ": " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static PublicHoliday fixed(int year, int month, int day, String key) {
        return new PublicHoliday(MonthDay.of(month, day).atYear(year), key);
    }
}
