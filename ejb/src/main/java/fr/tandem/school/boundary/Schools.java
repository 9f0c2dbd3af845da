package fr.tandem.school.boundary;

import fr.tandem.platform.Conflict;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import fr.tandem.school.control.CityConfinement;
import fr.tandem.school.control.CityOfCommune;
import fr.tandem.school.control.SchoolConfinement;
import fr.tandem.school.control.SchoolSearch;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.school.model.SchoolForm;
import fr.tandem.school.model.SchoolPage;
import fr.tandem.school.model.SchoolQuery;
import fr.tandem.school.model.SchoolSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reading and editing schools and circonscriptions. Everybody reads what their role needs
 * (teachers and head teachers their own school only, city staff and councillors their city's); city
 * staff (in their city's communes) and admins create and edit. A school is placed in the city naming
 * its commune whenever it is created or moves commune.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "INSPECTOR", "HEAD_TEACHER", "TEACHER", "COUNCILLOR"})
public class Schools {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    SchoolSearch search;

    @Inject
    SchoolConfinement caller;

    @Inject
    CityConfinement city;

    @Inject
    CityOfCommune cities;

    @Inject
    Clock clock;

    public SchoolPage search(SchoolQuery query) {
        return search.search(query, caller.confinedToSchoolId(), city.confinedToCityId());
    }

    /** The number of schools that match the query (for a table that pages). */
    public long count(SchoolQuery query) {
        return search.count(query, caller.confinedToSchoolId(), city.confinedToCityId());
    }

    /** The schools of the query's page (for a table that pages). */
    public List<SchoolSummary> items(SchoolQuery query) {
        return search.items(query, caller.confinedToSchoolId(), city.confinedToCityId());
    }

    public SchoolSummary find(String uai) {
        return summary(readable(Uai.of(uai)));
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public SchoolSummary create(SchoolForm form) {
        Uai uai = Uai.of(form.uai());
        if (findOptional(uai).isPresent()) {
            throw new Conflict("school.exists", uai);
        }
        School school = new School(uai, form.details(), circonscription(form.circonscriptionCode()), false,
                clock.instant());
        placeInCallersCity(school);
        em.persist(school);
        em.flush();
        return summary(school);
    }

    /**
     * Changes a school; when the form carries the version the person saw, refuses to overwrite
     * someone else's change made meanwhile.
     */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public SchoolSummary update(String uai, SchoolForm form) {
        School school = readable(Uai.of(uai));
        if (form.version() != null && form.version() != school.version()) {
            throw new Conflict("concurrent.change");
        }
        var before = school.details();
        var after = form.details();
        var kept = new fr.tandem.school.SchoolDetails(after.name(), after.kind(), before.natureCode(),
                before.natureLabel(), after.street(), after.postcode(), after.communeCode(), after.communeName(),
                after.priority(), after.state(), after.email(), after.phone());
        school.update(kept, circonscription(form.circonscriptionCode()), clock.instant());
        placeInCallersCity(school);
        em.flush();
        return summary(school);
    }

    public List<CirconscriptionSummary> circonscriptions() {
        return em.createQuery("select new fr.tandem.school.model.CirconscriptionSummary(c.code.value, c.name, "
                        + "(select count(s) from School s where s.circonscription = c)) "
                        + "from Circonscription c order by c.name", CirconscriptionSummary.class)
                .getResultList();
    }

    /**
     * The circonscriptions of the caller's territory, where their filters start: a teacher's school's, an
     * inspector's own, those with schools in a city employee's or councillor's city, and for an administrator
     * those with schools in a partner city (every one while no school belongs to a city). The counts are the
     * schools of that territory. {@link #circonscriptions()} stays the whole database, for widening.
     */
    public List<CirconscriptionSummary> circonscriptionsOfMyTerritory() {
        Long onlySchool = caller.confinedToSchoolId();
        // a person of one school: that school's circonscription; an inspector: their own
        String own = onlySchool != null
                ? em.createQuery("select t.circonscription.code.value from School t where t.id = :school", String.class)
                        .setParameter("school", onlySchool).getResultStream().findFirst().orElse(null)
                : caller.ownCirconscriptionCode();
        Long onlyCity = city.confinedToCityId();
        String select = "select new fr.tandem.school.model.CirconscriptionSummary(c.code.value, c.name, count(s)) "
                + "from School s join s.circonscription c where ";
        String group = " group by c.code.value, c.name order by c.name";
        if (own != null) {
            return em.createQuery("select new fr.tandem.school.model.CirconscriptionSummary(c.code.value, c.name, "
                            + "(select count(s) from School s where s.circonscription = c)) "
                            + "from Circonscription c where c.code.value = :code", CirconscriptionSummary.class)
                    .setParameter("code", own).getResultList();
        }
        if (onlyCity != null) {
            return em.createQuery(select + "s.city.id = :city" + group, CirconscriptionSummary.class)
                    .setParameter("city", onlyCity).getResultList();
        }
        List<CirconscriptionSummary> partners = em.createQuery(select + "s.city is not null" + group,
                CirconscriptionSummary.class).getResultList();
        return partners.isEmpty() ? circonscriptions() : partners;
    }

    private Circonscription circonscription(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("school.circonscription.required");
        }
        Uai parsed = Uai.of(code);
        return em.createQuery("select c from Circonscription c where c.code.value = :code", Circonscription.class)
                .setParameter("code", parsed.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("circonscription.notFound", parsed));
    }

    /**
     * Places the school in the city naming its commune; a city employee may only place schools in
     * their own city's communes.
     */
    private void placeInCallersCity(School school) {
        City owner = cities.of(school.communeCode());
        Long only = city.confinedToCityId();
        if (only != null && (owner == null || !only.equals(owner.id()))) {
            throw new RuleViolation("school.commune.otherCity", school.communeCode());
        }
        if (owner != school.city()) {
            school.belongTo(owner);
        }
    }

    /** A school the caller may see (a teacher: their own; a city employee: their city's), or not found. */
    private School readable(Uai uai) {
        School school = findEntity(uai);
        Long onlySchool = caller.confinedToSchoolId();
        Long onlyCity = city.confinedToCityId();
        if (onlySchool != null && !onlySchool.equals(school.id())
                || onlyCity != null && (school.city() == null || !onlyCity.equals(school.city().id()))) {
            throw new NotFound("school.notFound", uai);
        }
        return school;
    }

    private School findEntity(Uai uai) {
        return findOptional(uai).orElseThrow(() -> new NotFound("school.notFound", uai));
    }

    private Optional<School> findOptional(Uai uai) {
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", uai.value())
                .getResultStream().findFirst();
    }

    static SchoolSummary summary(School s) {
        Circonscription c = s.circonscription();
        var d = s.details();
        return new SchoolSummary(s.uai().value(), s.name(), s.kind(), d.natureCode(), d.natureLabel(), s.street(),
                s.postcode(), s.communeCode(), s.communeName(), s.priority(), s.state(), c.code().value(), c.name(),
                s.email(), s.phone(), s.demo(), s.version());
    }
}
