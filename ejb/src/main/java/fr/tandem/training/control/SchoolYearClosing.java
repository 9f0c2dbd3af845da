package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.SchoolPeriod;
import fr.tandem.people.WorkingTime;
import fr.tandem.school.School;
import fr.tandem.training.HoursDue;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.SchoolYearRollover;
import fr.tandem.training.TrainingYear;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closes every finished school year of every teacher that is not closed yet, in the caller's
 * transaction, each with the hours due under the rule of the circonscription the teacher's school
 * was in at the year's end: from the year the account was created in (or that its school history starts in)
 * to the last finished one, up to the year a deactivated account left in. The
 * {@code school-year.rollover} settings row stays locked until the transaction ends, so that two
 * servers (or the timer and an administrator) run one after the other and the second finds
 * nothing left to close; the unique (account, year) constraint backs it up.
 */
@Dependent
public class SchoolYearClosing {

    private static final String LOCK = "school-year.rollover";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    HoursDueRules dueRules;

    /**
     * Closes what is due at {@code now} and records the run when it closed something or when
     * {@code recordAlways} (a run somebody asked for).
     */
    public SchoolYearRollover run(Instant now, boolean recordAlways) {
        em.createNativeQuery("select setting_value from app_setting where setting_name = ?1 for update")
                .setParameter(1, LOCK).getSingleResult();
        int lastFinished = SchoolYear.of(now).startYear() - 1;
        List<Account> teachers = em.createQuery("select distinct a from Account a join a.roles r where r = :teacher "
                        + "order by a.id", Account.class)
                .setParameter("teacher", Role.TEACHER).getResultList();
        Set<String> closed = new HashSet<>();
        for (Object[] row : em.createQuery("select y.account.id, y.startYear from TrainingYear y", Object[].class)
                .getResultList()) {
            closed.add(row[0] + ":" + row[1]);
        }
        Map<Long, List<SchoolPeriod>> history = em.createQuery("select p from SchoolPeriod p join fetch p.school "
                        + "order by p.startedAt", SchoolPeriod.class).getResultStream()
                .collect(Collectors.groupingBy(p -> p.account().id()));
        HoursDueRules.Rules rules = dueRules.all();
        int count = 0;
        for (Account teacher : teachers) {
            List<SchoolPeriod> periods = history.getOrDefault(teacher.id(), List.of());
            Instant since = periods.isEmpty() || periods.get(0).startedAt().isAfter(teacher.createdAt())
                    ? teacher.createdAt() : periods.get(0).startedAt();
            int last = teacher.deactivatedAt() == null ? lastFinished
                    : Math.min(lastFinished, SchoolYear.of(teacher.deactivatedAt()).startYear());
            for (int y = SchoolYear.of(since).startYear(); y <= last; y++) {
                if (closed.add(teacher.id() + ":" + y)) {
                    SchoolYear year = new SchoolYear(y);
                    School school = schoolAtEnd(teacher, periods, year);
                    HoursDue due = school == null ? HoursDue.prorata(WorkingTime.of(teacher.workingTimePercent()).percent())
                            : rules.dueAt(school.circonscription(), teacher.workingTimePercent());
                    em.persist(TrainingYear.close(teacher, year, school, due, now));
                    count++;
                }
            }
        }
        SchoolYearRollover run = new SchoolYearRollover(now, count);
        if (count > 0 || recordAlways) {
            em.persist(run);
        }
        em.flush();
        return run;
    }

    /** The school of the history period that covers the year's end, else the account's school today. */
    private static School schoolAtEnd(Account teacher, List<SchoolPeriod> periods, SchoolYear year) {
        Instant end = year.end();
        return periods.stream()
                .filter(p -> p.startedAt().isBefore(end) && (p.endedAt() == null || !p.endedAt().isBefore(end)))
                .map(SchoolPeriod::school).reduce((first, later) -> later).orElse(teacher.school());
    }
}
