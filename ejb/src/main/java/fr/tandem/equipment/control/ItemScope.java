package fr.tandem.equipment.control;

import fr.tandem.equipment.Equipment;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * The items and schools a caller may reach: city staff and councillors their city's, teachers and
 * head teachers their school's, the others every one; anything else is not found.
 */
@Dependent
public class ItemScope {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    /** An item of the caller's city (or school, for teachers), or not found. */
    public Equipment readable(long id) {
        return visible(em.find(Equipment.class, id));
    }

    /** The same, its row locked until the transaction ends. */
    public Equipment lockedReadable(long id) {
        return visible(em.find(Equipment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Equipment visible(Equipment item) {
        if (item == null || !inCallersCity(item.school())) {
            throw new NotFound("equipment.notFound");
        }
        Long only = caller.confinedToSchoolId();
        if (only != null && !only.equals(item.school().id())) {
            throw new NotFound("equipment.notFound");
        }
        return item;
    }

    /** A school of the caller's city, by UAI, or not found. */
    public School school(String uai) {
        if (uai == null || uai.isBlank()) {
            throw new RuleViolation("equipment.school.required");
        }
        Uai parsed = Uai.of(uai.strip().toUpperCase(Locale.ROOT));
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", parsed.value()).getResultStream().findFirst()
                .filter(this::inCallersCity)
                .orElseThrow(() -> new NotFound("school.notFound", parsed));
    }

    /** Whether the school belongs to the city the caller is confined to (always, for those not confined). */
    public boolean inCallersCity(School school) {
        Long city = caller.confinedToCityId();
        return city == null || school.city() != null && city.equals(school.city().id());
    }

    /** Whether the caller sees money (city staff and administrators). */
    public boolean seesPrices() {
        return caller.is(Role.CITY_STAFF) || caller.is(Role.ADMIN);
    }
}
