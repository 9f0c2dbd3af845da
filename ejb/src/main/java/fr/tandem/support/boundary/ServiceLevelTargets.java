package fr.tandem.support.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.ServiceLevel;
import fr.tandem.support.SupportRequest;
import fr.tandem.support.control.ServiceLevels;
import fr.tandem.support.model.ServiceCompliance;
import fr.tandem.support.model.ServiceLevelSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The service levels requests are held to, per city and category: read by anyone who reports (those
 * of their school's city), changed by city staff for their city (admins change the defaults, which
 * hold for a city that has not set its own), and the figures of how well they are met.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF"})
public class ServiceLevelTargets {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    CurrentCaller caller;

    /** The levels of the caller's city (city staff: theirs; schools: their school's), else the defaults. */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER", "TEACHER"})
    public List<ServiceLevelSummary> serviceLevels() {
        Long city = callersCityId();
        Map<RequestCategory, ServiceLevel> levels = new EnumMap<>(RequestCategory.class);
        em.createQuery("select l from ServiceLevel l where l.city is null", ServiceLevel.class).getResultStream()
                .forEach(l -> levels.put(l.category(), l));
        if (city != null) {
            em.createQuery("select l from ServiceLevel l where l.city.id = :city", ServiceLevel.class)
                    .setParameter("city", city).getResultStream().forEach(l -> levels.put(l.category(), l));
        }
        return levels.values().stream()
                .map(l -> new ServiceLevelSummary(l.category(), l.firstAnswerHours(), l.resolutionHours())).toList();
    }

    /** Sets the caller's city's level for a category (an admin: the default one). */
    public ServiceLevelSummary changeServiceLevel(RequestCategory category, int firstAnswerHours, int resolutionHours) {
        if (category == null) {
            throw new RuleViolation("support.category.required");
        }
        Long cityId = caller.confinedToCityId();
        City city = null;
        if (cityId != null) {
            city = em.find(City.class, cityId);
            if (city == null) {
                throw new NotFound("city.notFound");
            }
        }
        TypedQuery<ServiceLevel> own = em.createQuery("select l from ServiceLevel l where l.category = :category and "
                        + (city == null ? "l.city is null" : "l.city = :city"), ServiceLevel.class)
                .setParameter("category", category).setLockMode(LockModeType.PESSIMISTIC_WRITE);
        ServiceLevel level = (city == null ? own : own.setParameter("city", city)).getResultStream().findFirst()
                .orElse(null);
        if (level == null) {
            level = new ServiceLevel(city, category, firstAnswerHours, resolutionHours);
            em.persist(level);
        } else {
            level.change(firstAnswerHours, resolutionHours);
        }
        return new ServiceLevelSummary(category, level.firstAnswerHours(), level.resolutionHours());
    }

    private Long callersCityId() {
        Long city = caller.confinedToCityId();
        if (city != null || caller.is(Role.ADMIN)) {
            return city;
        }
        Account me = caller.account();
        return me.school() == null || me.school().city() == null ? null : me.school().city().id();
    }

    /** For the partnership dashboard: open and overdue requests, and service levels met, per category. */
    public List<ServiceCompliance> compliance() {
        ServiceLevels.Due due = serviceLevels.load();
        Instant now = clock.instant();
        Long city = caller.confinedToCityId();
        List<SupportRequest> all = city == null
                ? em.createQuery("select r from SupportRequest r", SupportRequest.class).getResultList()
                : em.createQuery("select r from SupportRequest r where r.school.city.id = :city", SupportRequest.class)
                        .setParameter("city", city).getResultList();
        return Arrays.stream(RequestCategory.values()).map(category -> {
            List<SupportRequest> of = all.stream().filter(r -> r.category() == category).toList();
            long open = of.stream().filter(r -> r.status().open()).count();
            long overdue = of.stream().filter(r -> due.overdue(r, now)).count();
            List<SupportRequest> answered = of.stream().filter(r -> r.firstAnsweredAt() != null).toList();
            long answeredOnTime = answered.stream().filter(r -> !r.firstAnsweredAt().isAfter(due.firstAnswer(r))).count();
            List<SupportRequest> resolved = of.stream().filter(r -> r.resolvedAt() != null).toList();
            long resolvedOnTime = resolved.stream().filter(r -> !r.resolvedAt().isAfter(due.resolution(r))).count();
            return new ServiceCompliance(category, open, overdue, answered.size(), answeredOnTime, resolved.size(),
                    resolvedOnTime);
        }).toList();
    }
}
