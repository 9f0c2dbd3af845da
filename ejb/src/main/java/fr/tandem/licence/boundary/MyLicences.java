package fr.tandem.licence.boundary;

import fr.tandem.licence.Assignment;
import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.control.LicenceLookup;
import fr.tandem.licence.control.LicenceViews;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.people.Account;
import fr.tandem.people.control.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * What schools see of licences, without prices (the city's business): head teachers the
 * assignments of their school, teachers what is assigned to them or to classes of their school,
 * with the access instructions the city wrote. Only licences valid today.
 */
@Stateless
@RolesAllowed({"HEAD_TEACHER", "TEACHER"})
public class MyLicences {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @RolesAllowed("HEAD_TEACHER")
    public List<AssignmentSummary> schoolAssignments() {
        Account me = caller.account();
        if (me.school() == null) {
            return List.of();
        }
        return current("a.school = :school", me).stream().map(LicenceViews::of).toList();
    }

    public List<AssignmentSummary> mine() {
        Account me = caller.account();
        if (me.school() == null) {
            return List.of();
        }
        return current("(a.teacher = :me or (a.school = :school and a.target = :class))", me).stream()
                .map(LicenceViews::of).toList();
    }

    private List<Assignment> current(String condition, Account me) {
        var query = em.createQuery("select a from Assignment a join fetch a.licence l join fetch l.product "
                + "where " + condition + " and a.releasedAt is null and l.status = :active and l.validUntil >= :today "
                + "order by l.product.name, a.className, a.id", Assignment.class)
                .setParameter("school", me.school()).setParameter("active", LicenceStatus.ACTIVE)
                .setParameter("today", LicenceLookup.today(clock));
        if (condition.contains(":me")) {
            query.setParameter("me", me).setParameter("class", AssignmentTarget.CLASS);
        }
        return query.getResultList();
    }
}
