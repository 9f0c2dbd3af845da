package fr.tandem.school.boundary;

import fr.tandem.platform.Conflict;
import fr.tandem.platform.NotFound;
import fr.tandem.school.Circonscription;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
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
 * (teachers and head teachers their own school only); city staff and admins create and edit.
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
    Clock clock;

    public SchoolPage search(SchoolQuery query) {
        return search.search(query, caller.confinedToSchoolId());
    }

    /** The number of schools that match the query (for a table that pages). */
    public long count(SchoolQuery query) {
        return search.count(query, caller.confinedToSchoolId());
    }

    /** The schools of the query's page (for a table that pages). */
    public List<SchoolSummary> items(SchoolQuery query) {
        return search.items(query, caller.confinedToSchoolId());
    }

    public SchoolSummary find(String uai) {
        School school = findEntity(Uai.of(uai));
        Long only = caller.confinedToSchoolId();
        if (only != null && !only.equals(school.id())) {
            throw new NotFound("school.notFound", uai);
        }
        return summary(school);
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public SchoolSummary create(SchoolForm form) {
        Uai uai = Uai.of(form.uai());
        if (findOptional(uai).isPresent()) {
            throw new Conflict("school.exists", uai);
        }
        School school = new School(uai, form.details(), circonscription(form.circonscriptionCode()), false,
                clock.instant());
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
        School school = findEntity(Uai.of(uai));
        if (form.version() != null && form.version() != school.version()) {
            throw new Conflict("concurrent.change");
        }
        var before = school.details();
        var after = form.details();
        var kept = new fr.tandem.school.SchoolDetails(after.name(), after.kind(), before.natureCode(),
                before.natureLabel(), after.street(), after.postcode(), after.communeCode(), after.communeName(),
                after.priority(), after.state(), after.email(), after.phone());
        school.update(kept, circonscription(form.circonscriptionCode()), clock.instant());
        em.flush();
        return summary(school);
    }

    public List<CirconscriptionSummary> circonscriptions() {
        return em.createQuery("select new fr.tandem.school.model.CirconscriptionSummary(c.code.value, c.name, "
                        + "(select count(s) from School s where s.circonscription = c)) "
                        + "from Circonscription c order by c.name", CirconscriptionSummary.class)
                .getResultList();
    }

    private Circonscription circonscription(String code) {
        if (code == null || code.isBlank()) {
            throw new fr.tandem.platform.RuleViolation("school.circonscription.required");
        }
        Uai parsed = Uai.of(code);
        return em.createQuery("select c from Circonscription c where c.code.value = :code", Circonscription.class)
                .setParameter("code", parsed.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("circonscription.notFound", parsed));
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
