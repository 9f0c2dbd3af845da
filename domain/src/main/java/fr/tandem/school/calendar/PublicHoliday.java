package fr.tandem.school.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One French public holiday (jour férié) on a date; the key (for example
 * {@code holiday.easterMonday}) names it in translated labels.
 */
@Schema(description = "A French public holiday (jour férié) on a day.")
public record PublicHoliday(
        @Schema(required = true, description = "The day (a Paris day)", example = "2027-05-01") LocalDate date,
        @Schema(required = true, description = "The key naming the holiday in translated labels",
                example = "holiday.labourDay")
        String key) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
    }
}
