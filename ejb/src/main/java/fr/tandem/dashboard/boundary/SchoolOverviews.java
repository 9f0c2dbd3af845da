package fr.tandem.dashboard.boundary;

import fr.tandem.dashboard.control.SchoolSections;
import fr.tandem.dashboard.model.SchoolOverview;
import fr.tandem.equipment.boundary.EquipmentCosts;
import fr.tandem.equipment.boundary.Loans;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.plan.boundary.DigitalPlans;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.time.Clocks;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import fr.tandem.training.SchoolYear;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A school's page, the place to look before visiting it. Admins read any school; city staff and the
 * councillor their city's; an inspector their circonscription's; a head teacher their own school;
 * any other school is not found. Each section follows the dashboard's rules: the open audits to city
 * staff; the kits it borrows to those who lend or borrow them and to the inspectorate (the loans' own rule);
 * its equipment cost per year to city staff; the latest requests to those who work them (city staff, the head teacher), their counts to the
 * councillor too, none to the inspectorate; training aggregated for all, teachers named for the
 * inspectorate only; equipment against teachers trained on it aggregated for all.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "COUNCILLOR", "INSPECTOR", "HEAD_TEACHER"})
public class SchoolOverviews {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    SchoolSections sections;

    @EJB
    Loans loans;

    @EJB
    EquipmentCosts costs;

    @EJB
    DigitalPlans plans;

    public SchoolOverview overview(String uai) {
        School school = readable(uai);
        Account me = caller.account();
        boolean admin = me.hasRole(Role.ADMIN);
        boolean city = admin || me.hasRole(Role.CITY_STAFF) && inCity(me, school);
        boolean councillor = me.hasRole(Role.COUNCILLOR) && inCity(me, school);
        boolean head = me.hasRole(Role.HEAD_TEACHER) && ownSchool(me, school);
        boolean inspector = me.hasRole(Role.INSPECTOR) && inCirconscription(me, school);
        SchoolYear year = SchoolYear.of(clock.instant());
        LocalDate today = LocalDate.now(clock.withZone(Clocks.PARIS));
        return new SchoolOverview(sections.identity(school), sections.equipment(school),
                city ? sections.audits(school) : null,
                city || head || inspector ? loans.ofSchool(school.id()) : null,
                city ? costs.schoolCostPerYear(school.uai().value()) : null,
                sections.licences(school, today),
                city || head || councillor ? sections.requests(school, year, city || head) : null,
                sections.training(school, year, inspector), sections.equipmentTraining(school),
                city || councillor || inspector ? plans.schoolLines(school.uai().value()) : null);
    }

    /** The school if the caller may read its page, or not found. */
    private School readable(String uai) {
        if (uai == null || uai.isBlank()) {
            throw new NotFound("school.notFound", "");
        }
        Uai code = Uai.of(uai.strip().toUpperCase(Locale.ROOT));
        School school = em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", code.value()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("school.notFound", code.value()));
        Account me = caller.account();
        boolean may = me.hasRole(Role.ADMIN)
                || (me.hasRole(Role.CITY_STAFF) || me.hasRole(Role.COUNCILLOR)) && inCity(me, school)
                || me.hasRole(Role.INSPECTOR) && inCirconscription(me, school)
                || me.hasRole(Role.HEAD_TEACHER) && ownSchool(me, school);
        if (!may) {
            throw new NotFound("school.notFound", code.value());
        }
        return school;
    }

    private static boolean inCity(Account me, School school) {
        return me.city() != null && school.city() != null && me.city().id().equals(school.city().id());
    }

    private static boolean inCirconscription(Account me, School school) {
        return me.circonscription() != null && me.circonscription().id().equals(school.circonscription().id());
    }

    private static boolean ownSchool(Account me, School school) {
        return me.school() != null && me.school().id().equals(school.id());
    }
}
