package fr.tandem.school.boundary;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.SchoolHoliday;
import fr.tandem.school.calendar.SchoolHolidayCalendar;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The school-holiday calendar sessions are checked against: inspectors and admins read it; only
 * admins import the ministry's file for a zone, since an import replaces that zone's periods, all
 * or nothing, for every circonscription of the zone.
 */
@Stateless
@RolesAllowed({"INSPECTOR", "ADMIN"})
public class SchoolHolidays {

    /** The zone of the académie de Montpellier (Béziers). */
    public static final String DEFAULT_ZONE = "Zone C";
    /** The largest holiday file accepted, in megabytes: the planning page and the API read no further. */
    public static final int MAX_FILE_MEGABYTES = 10;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** Imports a CSV (with the zone to keep) or an iCalendar file; answers the periods now stored for the zone. */
    @RolesAllowed("ADMIN")
    public List<SchoolHolidayPeriod> importFile(byte[] content, String zone) {
        String wanted = zone == null || zone.isBlank() ? DEFAULT_ZONE : zone.strip();
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        SchoolHolidayCalendar parsed = start.startsWith("BEGIN:VCALENDAR")
                ? SchoolHolidayCalendar.parseICalendar(content) : SchoolHolidayCalendar.parseCsv(content, wanted);
        List<SchoolHolidayPeriod> periods = parsed.periods().stream()
                .filter(p -> p.zone() == null || p.zone().isBlank() || p.zone().equalsIgnoreCase(wanted)).toList();
        if (periods.isEmpty()) {
            throw new RuleViolation("holidays.empty");
        }
        em.createQuery("delete from SchoolHoliday h where h.zone = :zone").setParameter("zone", wanted).executeUpdate();
        periods.forEach(p -> em.persist(new SchoolHoliday(new SchoolHolidayPeriod(p.description(), wanted,
                p.firstDayOff(), p.classesResume()))));
        return calendar().periods();
    }

    /** Every stored period, as a calendar to check sessions against. */
    public SchoolHolidayCalendar calendar() {
        return SchoolHolidayCalendar.of(em.createQuery("select h from SchoolHoliday h", SchoolHoliday.class)
                .getResultStream().map(SchoolHoliday::period).toList());
    }
}
