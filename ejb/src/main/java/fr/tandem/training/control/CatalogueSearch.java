package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.platform.SearchText;
import fr.tandem.platform.persistence.BoundedCount;
import fr.tandem.platform.persistence.QueryFilter;
import fr.tandem.school.School;
import fr.tandem.training.Cycle;
import fr.tandem.training.CyclesConverter;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferStatus;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.model.CatalogueQuery;
import fr.tandem.training.model.SessionSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, filters and pages the sessions a teacher may book in the database, whatever their
 * number: upcoming sessions of published offers, not cancelled, meant for the teacher (the rule of
 * {@code TrainingOffer.isFor}, written in JPQL), soonest first; an offer taken together once,
 * as its first date, which carries the others.
 */
@Dependent
public class CatalogueSearch {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The number of sessions that match, counted up to {@link BoundedCount#BOUND} and one, on every page. */
    public long count(Account teacher, CatalogueQuery query, Instant now) {
        if (teacher.school() == null) {
            return 0;
        }
        QueryFilter filter = filter(teacher.school(), query, now);
        return BoundedCount.of(filter.bind(em.createQuery("select s.id from TrainingSession s join s.offer o"
                + filter.where(), Long.class)));
    }

    /** The sessions of the query's window, as the teacher sees them. */
    public List<SessionSummary> items(Account teacher, CatalogueQuery query, Instant now) {
        if (teacher.school() == null) {
            return List.of();
        }
        QueryFilter filter = filter(teacher.school(), query, now);
        return filter.bind(em.createQuery("select s from TrainingSession s join s.offer o" + filter.where()
                        + " order by s.startsAt, s.id", TrainingSession.class))
                .setFirstResult(query.first())
                .setMaxResults(query.size())
                // one query each for the page's offers, bookings and trainers instead of one per session
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.offer")
                .setHint("eclipselink.batch", "s.bookings")
                .setHint("eclipselink.batch", "s.trainers")
                .setHint("eclipselink.batch", "s.offer.equipmentTypes")
                .getResultStream().map(s -> SessionViews.of(s, teacher)).toList();
    }

    private static QueryFilter filter(School school, CatalogueQuery query, Instant now) {
        QueryFilter filter = new QueryFilter()
                .and("o.status = :published", "published", OfferStatus.PUBLISHED)
                .and("s.startsAt > :now", "now", now)
                .and("s.cancelledAt is null")
                // a set taken together shows once, as its first date (it is booked before that date starts);
                // the flag is cast, as the H2 platform writes a boolean value as 0 or 1, which H2 2 does not
                // compare with a BOOLEAN column
                .and("(cast(o.takenTogether as integer) = 0 or not exists (select f from TrainingSession f where f.offer = o"
                        + " and f.cancelledAt is null and (f.startsAt < s.startsAt"
                        + " or (f.startsAt = s.startsAt and f.id < s.id))))")
                .and("(o.category = :departementale or (o.circonscription = :circonscription"
                        + " and (not exists (select t from TrainingOffer x join x.targetSchools t where x = o)"
                        + " or exists (select t from TrainingOffer x join x.targetSchools t where x = o and t = :school))"
                        + " and (o.targetCyclesCode is null or o.targetCyclesCode in :cycleCodes)))",
                        Map.of("departementale", OfferCategory.DEPARTEMENTALE,
                                "circonscription", school.circonscription(), "school", school,
                                "cycleCodes", cycleCodesMeeting(Cycle.of(school.kind()))));
        List<String> words = SearchText.words(query.words());
        // folded words hold only letters and digits: nothing to escape in a like pattern
        for (int i = 0; i < words.size(); i++) {
            filter.and("(o.searchText like :w" + i + " or s.placeSearch like :w" + i + ")", "w" + i,
                    "%" + words.get(i) + "%");
        }
        if (query.category() != null) {
            filter.and("o.category = :category", "category", query.category());
        }
        if (query.equipmentType() != null) {
            filter.and(":equipmentType member of o.equipmentTypes", "equipmentType", query.equipmentType());
        }
        if (query.from() != null) {
            filter.and("s.startsAt >= :from", "from", query.from().atStartOfDay(PARIS).toInstant());
        }
        return filter;
    }

    /**
     * Every stored form of a set of target cycles ("C1", "C2,C3"…) that shares a cycle with the
     * teacher's school: the offers whose target cycles include one of theirs.
     */
    static List<String> cycleCodesMeeting(Set<Cycle> mine) {
        CyclesConverter converter = new CyclesConverter();
        List<String> codes = new ArrayList<>();
        Cycle[] all = Cycle.values();
        for (int mask = 1; mask < 1 << all.length; mask++) {
            Set<Cycle> targets = EnumSet.noneOf(Cycle.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    targets.add(all[i]);
                }
            }
            if (targets.stream().anyMatch(mine::contains)) {
                codes.add(converter.convertToDatabaseColumn(targets));
            }
        }
        return codes;
    }
}
