package fr.tandem.school.control;

import fr.tandem.platform.SearchText;
import fr.tandem.platform.persistence.BoundedCount;
import fr.tandem.school.Circonscription;
import fr.tandem.school.School;
import fr.tandem.school.model.SchoolPage;
import fr.tandem.school.model.SchoolQuery;
import fr.tandem.school.model.SchoolSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/** Pages, sorts and filters schools in the database, whatever their number. */
@Dependent
public class SchoolSearch {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /**
     * One page and the total. {@code onlySchoolId}, here and below: when not null, the caller may only
     * see this school; {@code onlyCityId}: when not null, only the schools of this city.
     */
    public SchoolPage search(SchoolQuery query, Long onlySchoolId, Long onlyCityId) {
        long total = count(query, onlySchoolId, onlyCityId);
        return new SchoolPage(total, total == 0 ? List.of() : items(query, onlySchoolId, onlyCityId));
    }

    /** The number of schools that match the query's filters, counted up to {@link BoundedCount#BOUND} and one. */
    public long count(SchoolQuery query, Long onlySchoolId, Long onlyCityId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<School> school = ids.from(School.class);
        Join<School, Circonscription> circ = school.join("circonscription");
        ids.select(school.get("id")).where(filters(cb, school, circ, query, onlySchoolId, onlyCityId));
        return BoundedCount.of(em.createQuery(ids));
    }

    /** The schools of the query's page, in its order. */
    public List<SchoolSummary> items(SchoolQuery query, Long onlySchoolId, Long onlyCityId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SchoolSummary> select = cb.createQuery(SchoolSummary.class);
        Root<School> school = select.from(School.class);
        Join<School, Circonscription> circ = school.join("circonscription");
        select.select(cb.construct(SchoolSummary.class,
                        school.get("uai").get("value"), school.get("name"), school.get("kind"),
                        school.get("natureCode"), school.get("natureLabel"), school.get("street"),
                        school.get("postcode"), school.get("communeCode"), school.get("communeName"),
                        school.get("priority"), school.get("state"), circ.get("code").get("value"),
                        circ.get("name"), school.get("email"), school.get("phone"), school.get("demo"),
                        school.get("version")))
                .where(filters(cb, school, circ, query, onlySchoolId, onlyCityId))
                .orderBy(order(cb, school, circ, query));
        return em.createQuery(select)
                .setFirstResult(query.first())
                .setMaxResults(query.size())
                .getResultList();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<School> school, Join<School, Circonscription> circ,
                                       SchoolQuery query, Long onlySchoolId, Long onlyCityId) {
        List<Predicate> where = new ArrayList<>();
        for (String word : SearchText.words(query.text())) {
            where.add(cb.like(school.get("searchText"), "%" + escapeLike(word) + "%", '\\'));
        }
        if (query.circonscriptionCode() != null && !query.circonscriptionCode().isBlank()) {
            where.add(cb.equal(circ.get("code").get("value"), query.circonscriptionCode().strip().toUpperCase()));
        }
        if (query.kind() != null) {
            where.add(cb.equal(school.get("kind"), query.kind()));
        }
        if (query.priority() != null) {
            where.add(cb.equal(school.get("priority"), query.priority()));
        }
        if (query.state() != null) {
            where.add(cb.equal(school.get("state"), query.state()));
        }
        if (onlySchoolId != null) {
            where.add(cb.equal(school.get("id"), onlySchoolId));
        }
        if (onlyCityId != null) {
            where.add(cb.equal(school.get("city").get("id"), onlyCityId));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<School> school, Join<School, Circonscription> circ,
                                     SchoolQuery query) {
        Path<?> field = switch (query.sortField()) {
            case "uai" -> school.get("uai").get("value");
            case "communeName" -> school.get("communeName");
            case "kind" -> school.get("kind");
            case "priority" -> school.get("priority");
            case "state" -> school.get("state");
            case "circonscriptionName" -> circ.get("name");
            default -> school.get("name");
        };
        Order main = query.ascending() ? cb.asc(field) : cb.desc(field);
        return List.of(main, cb.asc(school.get("uai").get("value")));
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
