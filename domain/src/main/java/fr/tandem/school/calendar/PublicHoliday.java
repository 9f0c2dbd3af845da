package fr.tandem.school.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One French public holiday (jour férié) on a date; the key (for example
 * {@code holiday.easterMonday}) names it in translated labels.
 */
public record PublicHoliday(LocalDate date, String key) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
    }
}
