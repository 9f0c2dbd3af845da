package fr.tandem.equipment.model;

import fr.tandem.equipment.ReservationStatus;
import fr.tandem.school.calendar.PublicHoliday;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import java.time.LocalDate;
import java.util.List;

/** A kit's availability between two days: the periods live reservations hold, school holidays and public holidays. */
public record KitCalendar(long kitId, LocalDate from, LocalDate to, List<Busy> reserved, List<SchoolHolidayPeriod> holidays,
                          List<PublicHoliday> publicHolidays) {

    /** Days a live reservation holds the kit (both included). */
    public record Busy(LocalDate from, LocalDate to, ReservationStatus status) {
    }
}
