package fr.tandem.school.control;

import fr.tandem.school.City;
import fr.tandem.school.School;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which city names a commune, and the schools of a city re-placed when its communes change (a school
 * belongs to the city that names its commune).
 */
@Dependent
public class CityOfCommune {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The city naming the commune (INSEE code), or {@code null} when none does. */
    public City of(String communeCode) {
        return em.createQuery("select c from City c join c.communes commune where commune = :code", City.class)
                .setParameter("code", communeCode).getResultStream().findFirst().orElse(null);
    }

    /**
     * After a city's communes changed: the schools of its communes join it, the schools it had in
     * the communes it no longer names leave it.
     */
    public void replaceSchoolsOf(City city) {
        Set<String> communes = city.communes();
        em.createQuery("select s from School s where s.city = :city", School.class).setParameter("city", city)
                .getResultList().stream().filter(s -> !communes.contains(s.communeCode()))
                .forEach(s -> s.belongTo(null));
        for (School school : schoolsOf(communes)) {
            if (school.city() != city) {
                school.belongTo(city);
            }
        }
    }

    /** The communes of the list already named by a city other than {@code city} ({@code null}: any city). */
    public Set<String> namedElsewhere(Collection<String> communes, City city) {
        TypedQuery<String> named = em.createQuery("select commune from City c join c.communes commune "
                + "where commune in :codes" + (city == null ? "" : " and c <> :city"), String.class)
                .setParameter("codes", communes);
        if (city != null) {
            named.setParameter("city", city);
        }
        return Set.copyOf(named.getResultList());
    }

    private List<School> schoolsOf(Set<String> communes) {
        return em.createQuery("select s from School s where s.communeCode in :codes", School.class)
                .setParameter("codes", communes).getResultList();
    }
}
