package fr.tandem.school.boundary;

import fr.tandem.platform.Conflict;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
import fr.tandem.school.control.CityConfinement;
import fr.tandem.school.control.CityOfCommune;
import fr.tandem.school.model.CityForm;
import fr.tandem.school.model.CitySummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cities of the deployment: administrators create them and name their communes (a commune
 * belongs to one city at most), and the schools follow their commune into or out of a city; a city
 * employee or councillor reads their own city.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Cities {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CityOfCommune communes;

    @Inject
    CityConfinement caller;

    /** Every city, by name (a city employee or councillor: theirs only). */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "COUNCILLOR"})
    public List<CitySummary> list() {
        Long only = caller.confinedToCityId();
        if (only != null) {
            return em.createQuery("select c from City c where c.id = :only", City.class).setParameter("only", only)
                    .getResultStream().map(this::summary).toList();
        }
        return em.createQuery("select c from City c order by c.name", City.class)
                .getResultStream().map(this::summary).toList();
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF", "COUNCILLOR"})
    public CitySummary find(long id) {
        Long only = caller.confinedToCityId();
        if (only != null && only != id) {
            throw new NotFound("city.notFound");
        }
        return summary(entity(id));
    }

    public CitySummary create(CityForm form) {
        City city = new City(form == null ? null : form.name(), form == null ? null : form.communes());
        refuseTaken(city, null);
        em.persist(city);
        em.flush();
        communes.replaceSchoolsOf(city);
        em.flush();
        return summary(city);
    }

    /** Renames the city and names its communes from now on; the schools of its communes follow. */
    public CitySummary update(long id, CityForm form) {
        if (form == null) {
            throw new RuleViolation("city.name.required");
        }
        City city = em.find(City.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (city == null) {
            throw new NotFound("city.notFound");
        }
        if (form.version() != null && form.version() != city.version()) {
            throw new Conflict("concurrent.change");
        }
        City wanted = new City(form.name(), form.communes());
        refuseTaken(wanted, city);
        city.rename(wanted.name());
        city.nameCommunes(wanted.communes());
        communes.replaceSchoolsOf(city);
        em.flush();
        return summary(city);
    }

    /** A commune named by another city, or a name another city has, is a conflict. */
    private void refuseTaken(City wanted, City self) {
        Set<String> taken = new TreeSet<>(communes.namedElsewhere(wanted.communes(), self));
        if (!taken.isEmpty()) {
            throw new Conflict("city.commune.taken", String.join(", ", taken));
        }
        boolean nameTaken = em.createQuery("select c from City c where lower(c.name) = lower(:name)", City.class)
                .setParameter("name", wanted.name()).getResultStream().anyMatch(other -> other != self);
        if (nameTaken) {
            throw new Conflict("city.name.taken", wanted.name());
        }
    }

    private City entity(long id) {
        City city = em.find(City.class, id);
        if (city == null) {
            throw new NotFound("city.notFound");
        }
        return city;
    }

    private CitySummary summary(City city) {
        long schools = city.id() == null ? 0 : em.createQuery("select count(s) from School s where s.city = :city",
                Long.class).setParameter("city", city).getSingleResult();
        return new CitySummary(city.id(), city.name(), List.copyOf(city.communes()), schools, city.version());
    }
}
