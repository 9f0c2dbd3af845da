package fr.tandem.plan.control;

import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.plan.DigitalPlan;
import fr.tandem.plan.PlanLine;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.persistence.QueryFilter;
import fr.tandem.school.City;
import fr.tandem.school.control.CityConfinement;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;

/**
 * Which plans and lines the caller sees, and whether they see amounts. City staff and councillors
 * see their city's plans (administrators every city's); an inspector sees the plans of the cities
 * with schools in their circonscription, and of them only the lines of those schools, without any
 * amount (a licence's price is the city's business). Whatever is not visible is "not found".
 */
@Dependent
public class PlanAccess {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    /** Whether the caller sees money (every role but the inspectorate). */
    public boolean amountsShown() {
        return !inspectorOnly();
    }

    /** Whether the caller may change plans (city staff and administrators). */
    public boolean mayChange() {
        return caller.is(Role.ADMIN) || caller.is(Role.CITY_STAFF);
    }

    /** Keeps a query over plans {@code p} to the caller's. */
    public QueryFilter plans(QueryFilter filter) {
        if (inspectorOnly()) {
            return filter.and("exists (select s from School s where s.city = p.city "
                    + "and s.circonscription.code.value = :circo)", "circo", circonscription());
        }
        Long city = caller.confinedToCityId();
        return city == null ? filter : filter.and("p.city.id = :city", "city", city);
    }

    /** Keeps a query over lines {@code l} to the ones the caller sees. */
    public QueryFilter lines(QueryFilter filter) {
        if (inspectorOnly()) {
            return filter.and("l.school.circonscription.code.value = :circo", "circo", circonscription());
        }
        return filter;
    }

    /** A plan the caller sees, or "not found". */
    public DigitalPlan plan(long id, LockModeType lock) {
        DigitalPlan plan = em.find(DigitalPlan.class, id, lock);
        if (plan == null || !visible(plan)) {
            throw new NotFound("plan.notFound");
        }
        return plan;
    }

    /** A line of that plan the caller sees, or "not found". */
    public PlanLine line(long planId, long lineId, LockModeType lock) {
        PlanLine line = em.find(PlanLine.class, lineId, lock);
        if (line == null || !Objects.equals(line.plan().id(), planId) || !visible(line.plan())
                || inspectorOnly() && (line.school() == null
                || !line.school().circonscription().code().value().equals(circonscription()))) {
            throw new NotFound("plan.line.notFound");
        }
        return line;
    }

    private boolean visible(DigitalPlan plan) {
        QueryFilter filter = plans(new QueryFilter()).and("p.id = :id", "id", plan.id());
        return !filter.bind(em.createQuery("select p.id from DigitalPlan p" + filter.where(), Long.class))
                .getResultList().isEmpty();
    }

    private boolean inspectorOnly() {
        return caller.is(Role.INSPECTOR) && !caller.is(Role.ADMIN) && !caller.is(Role.CITY_STAFF)
                && !caller.is(Role.COUNCILLOR);
    }

    /** The inspector's circonscription; one that names none sees no line. */
    private String circonscription() {
        String code = caller.ownCirconscriptionCode();
        return code == null ? "" : code;
    }

    /** The city a new plan belongs to: the caller's own, or for an administrator the one they name. */
    public City owningCity(Long requestedCityId) {
        Long confined = caller.confinedToCityId();
        Long cityId = confined == null ? requestedCityId : confined;
        City city = cityId == null || cityId == CityConfinement.NO_CITY ? null : em.find(City.class, cityId);
        if (city == null) {
            throw new RuleViolation("plan.city.required");
        }
        return city;
    }
}
