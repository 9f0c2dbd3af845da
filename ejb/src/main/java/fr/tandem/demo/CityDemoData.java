package fr.tandem.demo;

import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.Role;
import fr.tandem.people.control.PasswordHashing;
import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.School;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Loads, once, the demo's second city (the first, Béziers, comes with {@link DemoData}): a small
 * neighbour, Villeneuve-lès-Béziers (commune 34336), with two schools in the Béziers-Centre
 * circonscription, its own city employee ({@code dsi.villeneuve}), councillor
 * ({@code elue.villeneuve}), a head teacher and a teacher. A database that had the demo before
 * cities existed got its Béziers city from the migration.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class CityDemoData extends DemoPart {

    static final String VILLENEUVE = "34336";

    public CityDemoData() {
        super("demo.cities.loaded");
    }

    @Override
    String load(Instant now) {
        City villeneuve = new City("Villeneuve-lès-Béziers", List.of(VILLENEUVE));
        em.persist(villeneuve);
        Circonscription centre = em.createQuery("select c from Circonscription c where c.code.value = :code",
                Circonscription.class).setParameter("code", uai("0341101").value()).getSingleResult();
        School primary = school("0349131", "École primaire Jules Ferry (démo)", SchoolKind.PRIMAIRE, centre,
                villeneuve, now);
        school("0349132", "École maternelle Les Pins (démo)", SchoolKind.MATERNELLE, centre, villeneuve, now);
        String hash = PasswordHashing.hash(DemoData.PASSWORD);
        account("dsi.villeneuve", "Victor", "Informatique Villeneuve (démo)", EnumSet.of(Role.CITY_STAFF), null, null,
                villeneuve, hash, now);
        account("elue.villeneuve", "Valérie", "Élue Villeneuve (démo)", EnumSet.of(Role.COUNCILLOR), null, null,
                villeneuve, hash, now);
        account("directeur.villeneuve", "Vincent", "Directeur Villeneuve (démo)",
                EnumSet.of(Role.HEAD_TEACHER, Role.TEACHER), primary, 100, null, hash, now);
        account("enseignante.villeneuve", "Vanessa", "Enseignante Villeneuve (démo)", EnumSet.of(Role.TEACHER), primary,
                100, null, hash, now);
        em.flush();
        return "Demo city loaded: Villeneuve-lès-Béziers (2 schools, 4 accounts)";
    }

    private School school(String digits, String name, SchoolKind kind, Circonscription circonscription, City city,
                          Instant now) {
        SchoolDetails details = new SchoolDetails(name, kind, null, null, "1 place de la Mairie (démo)", "34420",
                VILLENEUVE, "Villeneuve-lès-Béziers", PriorityEducation.NONE, SchoolState.OPEN,
                "ecole." + digits + "@demo.tandem.test", null);
        School school = new School(uai(digits), details, circonscription, true, now);
        school.belongTo(city);
        em.persist(school);
        return school;
    }

    private void account(String username, String firstName, String lastName, Set<Role> roles, School school,
                         Integer workingTime, City city, String hash, Instant now) {
        Account account = new Account(username, new AccountProfile(firstName, lastName, username + "@demo.tandem.test",
                roles, school, null, workingTime), hash, true, now);
        account.workFor(city);
        em.persist(account);
    }

    private static Uai uai(String digits) {
        return Uai.of(digits + Uai.expectedLetter(digits));
    }
}
