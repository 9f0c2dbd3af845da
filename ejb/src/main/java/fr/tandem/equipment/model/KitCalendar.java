package fr.tandem.equipment.model;

import fr.tandem.equipment.ReservationStatus;
import fr.tandem.school.calendar.PublicHoliday;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kit's availability between two days: the periods live reservations hold, school holidays and public holidays. */
@Schema(description = "A kit's availability between two days: the periods live reservations hold, the school "
        + "holidays and the public holidays.")
public record KitCalendar(
        @Schema(required = true) long kitId,
        @Schema(required = true, description = "The first day shown (a Paris day)", example = "2027-01-01")
        LocalDate from,
        @Schema(required = true, description = "The last day shown (a Paris day)", example = "2027-03-31") LocalDate to,
        @Schema(required = true) List<Busy> reserved,
        @Schema(required = true, description = "The school holidays of the zone") List<SchoolHolidayPeriod> holidays,
        @Schema(required = true) List<PublicHoliday> publicHolidays) {

    /** Days a live reservation holds the kit (both included). */
    @Schema(name = "KitBusyPeriod", description = "Days a live reservation holds a kit, both included.")
    public record Busy(
            @Schema(required = true, description = "The first day (a Paris day)", example = "2027-01-11")
            LocalDate from,
            @Schema(required = true, description = "The last day, included (a Paris day)", example = "2027-01-15")
            LocalDate to,
            @Schema(required = true) ReservationStatus status) {
    }
}
