package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.EquipmentFigures;
import fr.tandem.dashboard.model.LicenceFigures;
import fr.tandem.dashboard.model.RequestFigures;
import fr.tandem.dashboard.model.TrainingFigures;
import fr.tandem.dashboard.model.YearInReview;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.MaintenanceRecord;
import fr.tandem.school.City;
import fr.tandem.school.Circonscription;
import fr.tandem.support.SupportRequest;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The figures of one school year for the year in review. What the dashboard's sections already count
 * (training hours, licences and their money, equipment bought and its TNE part, requests within the
 * service level) comes from them; this adds what they do not: items delivered per type, interventions'
 * costs and requests opened during the year.
 */
@Dependent
public class YearReview {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** How many school years back a reader may choose at most. */
    private static final int YEARS_BACK = 6;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    TrainingSection training;

    @Inject
    LicenceSection licences;

    @Inject
    EquipmentSection equipment;

    @Inject
    RequestSection requests;

    /** The year's figures in the filter's schools; money left out when {@code money} is false. */
    public YearInReview.Year of(DashboardFilter filter, SchoolYear year, boolean money) {
        Scope scope = new Scope(filter);
        LocalDate first = LocalDate.ofInstant(year.start(), PARIS);
        LocalDate end = LocalDate.ofInstant(year.end(), PARIS);
        TrainingFigures hours = training.of(filter, year);
        LicenceFigures seats = licences.of(filter, year);
        RequestFigures answers = requests.of(filter, year);
        YearInReview.Money spent = null;
        if (money) {
            EquipmentFigures bought = equipment.of(filter, year);
            spent = new YearInReview.Money(bought.spent(), bought.tneShare(), seats.spent(), seats.grant(),
                    interventions(scope, first, end));
        }
        return new YearInReview.Year(year.label(), delivered(scope, first, end), spent,
                new YearInReview.Training(hours.teachers(), hours.minGroup(), hours.teachersComplete(),
                        hours.minutesDue(), hours.minutesDone()),
                new YearInReview.Licences(seats.licences(), seats.seatsAssigned(), seats.seatsUsed()),
                new YearInReview.Requests(opened(scope, year), answers.answered(), answers.answeredOnTime(),
                        answers.resolved(), answers.resolvedOnTime()));
    }

    /** What the filter covers, as a cover page names it: a city, a circonscription, or nothing (every city). */
    public String scopeName(DashboardFilter filter) {
        if (filter.circonscriptionCode() != null) {
            return em.createQuery("select c from Circonscription c where c.code.value = :code", Circonscription.class)
                    .setParameter("code", filter.circonscriptionCode()).getResultStream().findFirst()
                    .map(Circonscription::name).orElse(filter.circonscriptionCode());
        }
        if (filter.cityId() != null) {
            City city = em.find(City.class, filter.cityId());
            return city == null ? "" : city.name();
        }
        return "";
    }

    /** The school years that hold data (equipment bought, sessions, requests, licences), newest first, up to now. */
    public List<Integer> yearsWithData(Instant now) {
        int current = SchoolYear.of(now).startYear();
        int oldest = Stream.of(
                        day(em.createQuery("select min(e.purchaseDate) from Equipment e", LocalDate.class)),
                        day(em.createQuery("select min(l.validFrom) from Licence l", LocalDate.class)),
                        earliest(em.createQuery("select s from TrainingSession s order by s.startsAt",
                                TrainingSession.class)).map(TrainingSession::startsAt).map(YearReview::startYear).orElse(null),
                        earliest(em.createQuery("select r from SupportRequest r order by r.createdAt",
                                SupportRequest.class)).map(SupportRequest::createdAt).map(YearReview::startYear).orElse(null))
                .filter(Objects::nonNull).mapToInt(Integer::intValue).min().orElse(current);
        List<Integer> years = new ArrayList<>();
        for (int year = current; year >= Math.max(oldest, current - YEARS_BACK + 1); year--) {
            years.add(year);
        }
        return years;
    }

    private static Integer day(TypedQuery<LocalDate> query) {
        LocalDate day = query.getSingleResult();
        return day == null ? null : SchoolYear.of(day.atStartOfDay(PARIS).toInstant()).startYear();
    }

    /**
     * The first row in the query's order. An instant is read through its entity: PostgreSQL's driver
     * answers {@code min()} of a time-zoned column as a {@code Timestamp}, which the instant converter
     * cannot take.
     */
    private static <T> Optional<T> earliest(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    private static int startYear(Instant at) {
        return SchoolYear.of(at).startYear();
    }

    /** Items bought during the year (their purchase date, Paris days), per type; every type named, zeros too. */
    private Map<String, Long> delivered(Scope scope, LocalDate first, LocalDate end) {
        Map<EquipmentType, Long> counts = new EnumMap<>(EquipmentType.class);
        for (EquipmentType type : EquipmentType.values()) {
            counts.put(type, 0L);
        }
        em.createQuery("select e from Equipment e join fetch e.school where e.purchaseDate >= :first "
                        + "and e.purchaseDate < :end", Equipment.class)
                .setParameter("first", first).setParameter("end", end).getResultStream()
                .filter(e -> scope.keeps(e.school())).forEach(e -> counts.merge(e.type(), 1L, Long::sum));
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((type, count) -> named.put(type.name(), count));
        return named;
    }

    /** The cost of the interventions done on the schools' equipment during the year. */
    private BigDecimal interventions(Scope scope, LocalDate first, LocalDate end) {
        return em.createQuery("select m from MaintenanceRecord m join fetch m.equipment e join fetch e.school "
                        + "where m.performedOn >= :first and m.performedOn < :end", MaintenanceRecord.class)
                .setParameter("first", first).setParameter("end", end).getResultStream()
                .filter(m -> scope.keeps(m.equipment().school()) && m.cost() != null)
                .map(MaintenanceRecord::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The requests the schools' teachers opened during the year. */
    private long opened(Scope scope, SchoolYear year) {
        return em.createQuery("select r from SupportRequest r join fetch r.school where r.createdAt >= :from "
                        + "and r.createdAt < :to", SupportRequest.class)
                .setParameter("from", year.start()).setParameter("to", year.end()).getResultStream()
                .filter(r -> scope.keeps(r.school())).count();
    }
}
