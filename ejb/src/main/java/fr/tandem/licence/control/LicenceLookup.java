package fr.tandem.licence.control;

import fr.tandem.licence.Assignment;
import fr.tandem.licence.Licence;
import fr.tandem.licence.Product;
import fr.tandem.licence.Supplier;
import fr.tandem.people.Account;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import fr.tandem.school.control.CityConfinement;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds what licence operations name (by id, UAI or username), with a clear "not found". A city
 * employee or councillor finds only their city's licences, products and suppliers: another city's
 * answer "not found", as if they did not exist.
 */
@Dependent
public class LicenceLookup {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CityConfinement confinement;

    /** The licence, its row locked until the transaction ends: seat counts hold under concurrency. */
    public Licence lockedLicence(long id) {
        return visible(em.find(Licence.class, id, LockModeType.PESSIMISTIC_WRITE), "licence.notFound");
    }

    public Licence licence(long id) {
        return visible(em.find(Licence.class, id), "licence.notFound");
    }

    public Assignment assignment(long id) {
        Assignment assignment = em.find(Assignment.class, id);
        if (assignment == null || !visibleCity(assignment.licence().city())) {
            throw new NotFound("licence.assignment.notFound");
        }
        return assignment;
    }

    public Product product(Long id) {
        Product product = id == null ? null : em.find(Product.class, id);
        if (product == null || !visibleCity(product.city())) {
            throw new NotFound("licence.product.notFound");
        }
        return product;
    }

    public Supplier supplier(Long id) {
        if (id == null) {
            return null;
        }
        Supplier supplier = em.find(Supplier.class, id);
        if (supplier == null || !visibleCity(supplier.city())) {
            throw new NotFound("licence.supplier.notFound");
        }
        return supplier;
    }

    /**
     * The city the caller is confined to ({@link CityConfinement#NO_CITY} for a city employee whose
     * account names none), {@code null} when they see every city's licences.
     */
    public Long confinedCityId() {
        return confinement.confinedToCityId();
    }

    /** Whether the caller may see what that city owns. */
    public boolean visibleCity(City city) {
        return visibleCity(city, confinedCityId());
    }

    /** Whether a caller confined to that city id ({@code null}: none) may see what the city owns. */
    public static boolean visibleCity(City city, Long confinedCityId) {
        return confinedCityId == null || city != null && Objects.equals(city.id(), confinedCityId);
    }

    /**
     * The city a new licence, product or supplier belongs to: the caller's own, or for an
     * administrator the city they name (required).
     */
    public City owningCity(Long requestedCityId) {
        Long confined = confinedCityId();
        Long cityId = confined == null ? requestedCityId : confined;
        if (cityId == null || cityId == CityConfinement.NO_CITY) {
            throw new RuleViolation("licence.city.required");
        }
        City city = em.find(City.class, cityId);
        if (city == null) {
            throw new NotFound("licence.city.notFound");
        }
        return city;
    }

    /**
     * The JPQL condition keeping a query to the city at {@code cityPath} (for instance
     * {@code "l.city"}), after {@code keyword} ("where" or "and"); nothing when {@code cityId} is null.
     * {@link #confine} gives it its parameter.
     */
    public static String cityCondition(String keyword, String cityPath, Long cityId) {
        return cityId == null ? "" : " " + keyword + " " + cityPath + ".id = :callerCity";
    }

    /** The query with the parameter of {@link #cityCondition}, when there is a city. */
    public static <T> TypedQuery<T> confine(TypedQuery<T> query, Long cityId) {
        return cityId == null ? query : query.setParameter("callerCity", cityId);
    }

    private Licence visible(Licence licence, String notFound) {
        if (licence == null || !visibleCity(licence.city())) {
            throw new NotFound(notFound);
        }
        return licence;
    }

    /** The school of that UAI; a malformed UAI says which letter was expected. */
    public School school(String uai) {
        if (uai == null || uai.isBlank()) {
            throw new RuleViolation("licence.school.notFound", "");
        }
        return schoolOptional(Uai.of(uai.strip().toUpperCase(java.util.Locale.ROOT)))
                .orElseThrow(() -> new NotFound("licence.school.notFound", uai.strip()));
    }

    public Optional<School> schoolOptional(Uai uai) {
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", uai.value()).getResultStream().findFirst();
    }

    /** A null school when the UAI is empty. */
    public School optionalSchool(String uai) {
        return uai == null || uai.isBlank() ? null : school(uai);
    }

    public Account account(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        String name = Account.normalizeUsername(username);
        return em.createQuery("select a from Account a where a.username = :u", Account.class).setParameter("u", name)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("licence.teacher.notFound", username));
    }

    /** Today in Paris, the day licences are valid on. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), fr.tandem.platform.time.Clocks.PARIS);
    }
}
