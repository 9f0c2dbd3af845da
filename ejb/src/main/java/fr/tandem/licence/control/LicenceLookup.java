package fr.tandem.licence.control;

import fr.tandem.licence.Assignment;
import fr.tandem.licence.Licence;
import fr.tandem.licence.Product;
import fr.tandem.licence.Supplier;
import fr.tandem.people.Account;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Finds what licence operations name (by id, UAI or username), with a clear "not found". */
@Dependent
public class LicenceLookup {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The licence, its row locked until the transaction ends: seat counts hold under concurrency. */
    public Licence lockedLicence(long id) {
        Licence licence = em.find(Licence.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (licence == null) {
            throw new NotFound("licence.notFound");
        }
        return licence;
    }

    public Licence licence(long id) {
        Licence licence = em.find(Licence.class, id);
        if (licence == null) {
            throw new NotFound("licence.notFound");
        }
        return licence;
    }

    public Assignment assignment(long id) {
        Assignment assignment = em.find(Assignment.class, id);
        if (assignment == null) {
            throw new NotFound("licence.assignment.notFound");
        }
        return assignment;
    }

    public Product product(Long id) {
        Product product = id == null ? null : em.find(Product.class, id);
        if (product == null) {
            throw new NotFound("licence.product.notFound");
        }
        return product;
    }

    public Supplier supplier(Long id) {
        if (id == null) {
            return null;
        }
        Supplier supplier = em.find(Supplier.class, id);
        if (supplier == null) {
            throw new NotFound("licence.supplier.notFound");
        }
        return supplier;
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
