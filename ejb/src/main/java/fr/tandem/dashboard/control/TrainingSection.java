package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.TrainingFigures;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.school.School;
import fr.tandem.training.Attendance;
import fr.tandem.training.Booking;
import fr.tandem.training.OutsideHours;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.control.HoursDueRules;
import fr.tandem.training.control.HoursTally;
import fr.tandem.training.control.YearHours;
import fr.tandem.training.model.HoursSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Training hours done vs due, added up per circonscription or per school, from attendance only;
 * lines of fewer than {@code tandem.privacy.minGroup} teachers (default 5) merged by {@link SmallGroups}.
 */
@Dependent
public class TrainingSection {

    /** The name of the merged line of small schools or circonscriptions. */
    public static final String OTHER_SCHOOLS = "Autres écoles";
    public static final String OTHER_CIRCONSCRIPTIONS = "Autres circonscriptions";

    @Inject
    @ConfigProperty(name = "tandem.privacy.minGroup", defaultValue = "5")
    int minGroup;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    HoursDueRules dueRules;

    @Inject
    YearHours yearHours;

    public TrainingFigures of(DashboardFilter filter, SchoolYear year) {
        TypedQuery<Account> query = em.createQuery("select a from Account a join a.school s join s.circonscription c "
                        + "where a.deactivatedAt is null and :teacher member of a.roles"
                        + (filter.circonscriptionCode() == null ? "" : " and c.code.value = :circonscription")
                        + (filter.schoolUai() == null ? "" : " and s.uai.value = :school")
                        + (filter.cityId() == null ? "" : " and s.city.id = :city"), Account.class)
                .setParameter("teacher", Role.TEACHER);
        if (filter.circonscriptionCode() != null) {
            query.setParameter("circonscription", filter.circonscriptionCode());
        }
        if (filter.schoolUai() != null) {
            query.setParameter("school", filter.schoolUai());
        }
        if (filter.cityId() != null) {
            query.setParameter("city", filter.cityId());
        }
        List<Account> teachers = query.getResultList();
        Map<Long, List<Booking>> present = em.createQuery("select b from Booking b where b.attendance = :present "
                        + "and b.session.startsAt >= :from and b.session.startsAt < :to", Booking.class)
                .setParameter("present", Attendance.PRESENT).setParameter("from", year.start())
                .setParameter("to", year.end()).getResultStream()
                .collect(Collectors.groupingBy(b -> b.teacher().id()));
        Scope scope = new Scope(filter);
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, String> codes = new TreeMap<>();
        long due = 0;
        long done = 0;
        int complete = 0;
        HoursDueRules.Rules rules = dueRules.all();
        Map<Long, List<OutsideHours>> outside = yearHours.validatedOutside(year, null);
        for (Account teacher : teachers) {
            HoursSummary hours = HoursTally.of(year, rules.dueOf(teacher),
                    HoursTally.attended(present.getOrDefault(teacher.id(), List.of())),
                    HoursTally.outside(outside.getOrDefault(teacher.id(), List.of())));
            School school = teacher.school();
            String name = scope.lineName(school);
            codes.put(name, scope.lineCode(school));
            long[] row = sums.computeIfAbsent(name, n -> new long[4]);
            boolean finished = hours.minutesRemaining() == 0;
            row[0]++;
            row[1] += finished ? 1 : 0;
            row[2] += hours.minutesDue();
            row[3] += hours.minutesDone();
            due += hours.minutesDue();
            done += hours.minutesDone();
            complete += finished ? 1 : 0;
        }
        List<TrainingFigures.Row> rows = new ArrayList<>();
        sums.forEach((name, row) -> rows.add(new TrainingFigures.Row(codes.get(name), name, (int) row[0], (int) row[1],
                row[2], row[3])));
        return SmallGroups.applied(new TrainingFigures(year.label(), minGroup, teachers.size(), complete, due, done, rows),
                minGroup, scope.perSchool() ? OTHER_SCHOOLS : OTHER_CIRCONSCRIPTIONS);
    }
}
