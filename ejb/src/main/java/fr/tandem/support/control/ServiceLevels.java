package fr.tandem.support.control;

import fr.tandem.school.City;
import fr.tandem.school.SchoolHoliday;
import fr.tandem.school.calendar.SchoolHolidayCalendar;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.ServiceClock;
import fr.tandem.support.ServiceLevel;
import fr.tandem.support.SupportRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The service levels and the working-hours clock as stored now (school holidays are those
 * imported by the inspectorate), read once per use: {@link #load()} then {@link Due}. A request is
 * held to the levels of its school's city, or to the defaults for a category its city has not set.
 */
@Dependent
public class ServiceLevels {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** Due times of requests, computed with the levels and holidays read when it was made. */
    public record Due(Map<RequestCategory, ServiceLevel> defaults, Map<Long, Map<RequestCategory, ServiceLevel>> byCity,
                      ServiceClock clock) {

        public Instant firstAnswer(SupportRequest request) {
            return clock.deadline(request.createdAt(), level(request).firstAnswer());
        }

        public Instant resolution(SupportRequest request) {
            return clock.deadline(request.createdAt(), level(request).resolution());
        }

        private ServiceLevel level(SupportRequest request) {
            City city = request.school().city();
            Map<RequestCategory, ServiceLevel> own = city == null ? Map.of() : byCity.getOrDefault(city.id(), Map.of());
            return own.getOrDefault(request.category(), defaults.get(request.category()));
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
        Map<RequestCategory, ServiceLevel> defaults = new EnumMap<>(RequestCategory.class);
        Map<Long, Map<RequestCategory, ServiceLevel>> byCity = new HashMap<>();
        em.createQuery("select l from ServiceLevel l left join fetch l.city", ServiceLevel.class).getResultStream()
                .forEach(level -> (level.city() == null ? defaults : byCity.computeIfAbsent(level.city().id(),
                        id -> new EnumMap<>(RequestCategory.class))).put(level.category(), level));
        SchoolHolidayCalendar holidays = SchoolHolidayCalendar.of(em.createQuery("select h from SchoolHoliday h",
                SchoolHoliday.class).getResultStream().map(SchoolHoliday::period).toList());
        return new Due(defaults, byCity, new ServiceClock(holidays));
    }
}
