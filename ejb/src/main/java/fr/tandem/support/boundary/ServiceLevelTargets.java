package fr.tandem.support.boundary;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.control.CityConfinement;
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
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The service levels requests are held to, per category: read by anyone who reports, changed by
 * city staff, and the figures of how well they are met for the partnership dashboard.
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
    CityConfinement caller;

    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER", "TEACHER"})
    public List<ServiceLevelSummary> serviceLevels() {
        return em.createQuery("select l from ServiceLevel l order by l.category", ServiceLevel.class).getResultStream()
                .map(l -> new ServiceLevelSummary(l.category(), l.firstAnswerHours(), l.resolutionHours())).toList();
    }

    public ServiceLevelSummary changeServiceLevel(RequestCategory category, int firstAnswerHours, int resolutionHours) {
        if (category == null) {
            throw new RuleViolation("support.category.required");
        }
        ServiceLevel level = em.find(ServiceLevel.class, category, LockModeType.PESSIMISTIC_WRITE);
        level.change(firstAnswerHours, resolutionHours);
        return new ServiceLevelSummary(category, level.firstAnswerHours(), level.resolutionHours());
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
