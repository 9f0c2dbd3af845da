package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.School;
import fr.tandem.training.Attendance;
import fr.tandem.training.Booking;
import fr.tandem.training.HoursDue;
import fr.tandem.training.OutsideHours;
import fr.tandem.training.OutsideHoursStatus;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.TrainingYear;
import fr.tandem.training.model.HoursSummary;
import fr.tandem.training.model.TrainingYearSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One teacher's hours of a school year, from the bookings marked present and the validated hours done
 * outside Tandem only, against the quotité
 * and minutes due the year froze when it closed (for the year in progress, the account's quotité under
 * its circonscription's rule, never a closed row); and the list of a teacher's years.
 */
@Dependent
public class YearHours {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HoursDueRules dueRules;

    public HoursSummary of(Account teacher, SchoolYear year) {
        List<HoursSummary.AttendedSession> sessions = HoursTally.attended(attended(teacher, year));
        List<HoursSummary.OutsideSession> outside = HoursTally.outside(em.createQuery("select o from OutsideHours o "
                        + "where o.teacher = :teacher and o.status = :validated and o.doneOn >= :from and o.doneOn < :to",
                        OutsideHours.class)
                .setParameter("teacher", teacher).setParameter("validated", OutsideHoursStatus.VALIDATED)
                .setParameter("from", firstDay(year)).setParameter("to", firstDay(new SchoolYear(year.startYear() + 1))).getResultList());
        return closed(teacher, year)
                .map(c -> HoursTally.of(year, HoursDue.frozen(c.workingTimePercent(), c.minutesDue()), sessions, outside))
                .orElseGet(() -> HoursTally.of(year, dueRules.dueOf(teacher), sessions, outside));
    }

    /**
     * The validated hours done outside Tandem of a school year, by teacher id: of the teachers of a
     * circonscription today, or of everyone when it is null.
     */
    public Map<Long, List<OutsideHours>> validatedOutside(SchoolYear year, Circonscription circonscription) {
        TypedQuery<OutsideHours> query = em.createQuery("select o from OutsideHours o where o.status = :validated "
                        + "and o.doneOn >= :from and o.doneOn < :to"
                        + (circonscription == null ? "" : " and o.teacher.school.circonscription = :c"), OutsideHours.class)
                .setParameter("validated", OutsideHoursStatus.VALIDATED).setParameter("from", firstDay(year))
                .setParameter("to", firstDay(new SchoolYear(year.startYear() + 1)));
        if (circonscription != null) {
            query.setParameter("c", circonscription);
        }
        return query.getResultStream().collect(Collectors.groupingBy(o -> o.teacher().id()));
    }

    private static LocalDate firstDay(SchoolYear year) {
        return LocalDate.of(year.startYear(), 9, 1);
    }

    /**
     * The school year asked for, the current one when {@code startYear} is null.
     *
     * @throws RuleViolation {@code schoolYear.notStarted} for a year after the current one
     */
    public SchoolYear year(Integer startYear) {
        SchoolYear current = SchoolYear.of(clock.instant());
        if (startYear == null) {
            return current;
        }
        SchoolYear asked = new SchoolYear(startYear);
        if (startYear > current.startYear()) {
            throw new RuleViolation("schoolYear.notStarted", asked.label());
        }
        return asked;
    }

    /** The closed row of a past year; none for the year in progress. */
    public Optional<TrainingYear> closed(Account teacher, SchoolYear year) {
        if (year.startYear() >= SchoolYear.of(clock.instant()).startYear()) {
            return Optional.empty();
        }
        return em.createQuery("select y from TrainingYear y where y.account = :teacher and y.startYear = :year",
                        TrainingYear.class)
                .setParameter("teacher", teacher).setParameter("year", year.startYear()).getResultStream().findFirst();
    }

    /**
     * A teacher's years, the current one first: every year from the one the account was created in,
     * and every closed one (whatever school the teacher was in then).
     */
    public List<TrainingYearSummary> years(Account teacher) {
        SchoolYear current = SchoolYear.of(clock.instant());
        Map<Integer, TrainingYear> closed = em.createQuery("select y from TrainingYear y left join fetch y.school "
                        + "where y.account = :teacher and y.startYear < :current", TrainingYear.class)
                .setParameter("teacher", teacher).setParameter("current", current.startYear()).getResultStream()
                .collect(Collectors.toMap(y -> y.year().startYear(), Function.identity()));
        TreeSet<Integer> startYears = new TreeSet<>(closed.keySet());
        for (int y = Math.min(SchoolYear.of(teacher.createdAt()).startYear(), current.startYear());
             y <= current.startYear(); y++) {
            startYears.add(y);
        }
        return startYears.descendingSet().stream().map(y -> {
            SchoolYear year = new SchoolYear(y);
            HoursSummary hours = of(teacher, year);
            TrainingYear row = closed.get(y);
            School school = row == null ? teacher.school() : row.school();
            return new TrainingYearSummary(y, year.label(), y == current.startYear(), row != null,
                    hours.workingTimePercent(), hours.minutesDue(), hours.minutesDone(), hours.minutesRemaining(),
                    school == null ? null : school.uai().value(), school == null ? null : school.name(),
                    row == null ? null : row.closedAt());
        }).toList();
    }

    private List<Booking> attended(Account teacher, SchoolYear year) {
        return em.createQuery("select b from Booking b where b.teacher = :teacher "
                        + "and b.attendance = :present and b.session.startsAt >= :from and b.session.startsAt < :to",
                        Booking.class)
                .setParameter("teacher", teacher).setParameter("present", Attendance.PRESENT)
                .setParameter("from", year.start()).setParameter("to", year.end()).getResultList();
    }
}
