package fr.tandem.support.control;

import fr.tandem.support.RequestCategory;
import fr.tandem.support.ServiceClock;
import fr.tandem.support.ServiceLevel;
import fr.tandem.support.SupportRequest;
import fr.tandem.training.SchoolHoliday;
import fr.tandem.training.calendar.SchoolHolidayCalendar;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The service levels and the working-hours clock as stored now (school holidays are those
 * imported by the inspectorate), read once per use: {@link #load()} then {@link Due#of}.
 */
@Dependent
public class ServiceLevels {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** Due times of requests, computed with the levels and holidays read when it was made. */
    public record Due(Map<RequestCategory, ServiceLevel> levels, ServiceClock clock) {

        public Instant firstAnswer(SupportRequest request) {
            return clock.deadline(request.createdAt(), levels.get(request.category()).firstAnswer());
        }

        public Instant resolution(SupportRequest request) {
            return clock.deadline(request.createdAt(), levels.get(request.category()).resolution());
        }

        /** Still open and past a target it has not met: no first answer in time, or not resolved in time. */
        public boolean overdue(SupportRequest request, Instant now) {
            if (!request.status().open()) {
                return false;
            }
            return request.firstAnsweredAt() == null && now.isAfter(firstAnswer(request))
                    || now.isAfter(resolution(request));
        }
    }

    public Due load() {
        Map<RequestCategory, ServiceLevel> levels = new EnumMap<>(RequestCategory.class);
        em.createQuery("select l from ServiceLevel l", ServiceLevel.class).getResultStream()
                .forEach(level -> levels.put(level.category(), level));
        SchoolHolidayCalendar holidays = SchoolHolidayCalendar.of(em.createQuery("select h from SchoolHoliday h",
                SchoolHoliday.class).getResultStream().map(SchoolHoliday::period).toList());
        return new Due(levels, new ServiceClock(holidays));
    }
}
