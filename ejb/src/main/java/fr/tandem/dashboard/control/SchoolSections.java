package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.EquipmentTrainingFigures;
import fr.tandem.dashboard.model.SchoolOverview;
import fr.tandem.dashboard.model.TrainingFigures;
import fr.tandem.equipment.AuditItem;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.licence.Assignment;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceKind;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.school.School;
import fr.tandem.support.SupportRequest;
import fr.tandem.training.Attendance;
import fr.tandem.training.Booking;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.control.HoursDueRules;
import fr.tandem.training.control.HoursTally;
import fr.tandem.training.control.YearHours;
import fr.tandem.training.model.HoursSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The sections of a school's page, each read from its component's entities for one school. */
@Dependent
public class SchoolSections {

    /** The name of the merged line of themes followed by too few teachers to be shown apart. */
    public static final String OTHER_THEMES = "Autres thèmes";
    private static final String NO_THEME = "—";
    private static final int LATEST_REQUESTS = 5;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    TrainingSection trainingSection;

    @Inject
    EquipmentTrainingSection equipmentTrainingSection;

    @Inject
    HoursDueRules dueRules;

    @Inject
    YearHours yearHours;

    public SchoolOverview.Identity identity(School school) {
        String head = em.createQuery("select a from Account a where a.school = :school and a.deactivatedAt is null "
                        + "and :head member of a.roles order by a.lastName, a.firstName", Account.class)
                .setParameter("school", school).setParameter("head", Role.HEAD_TEACHER).getResultStream()
                .map(Account::displayName).reduce((a, b) -> a + ", " + b).orElse(null);
        return new SchoolOverview.Identity(school.uai().value(), school.name(), school.kind(), school.priority(),
                school.state(), school.street(), school.postcode(), school.communeName(),
                school.circonscription().code().value(), school.circonscription().name(), head, school.email(),
                school.phone());
    }

    public SchoolOverview.Equipment equipment(School school) {
        Map<EquipmentType, long[]> counts = new EnumMap<>(EquipmentType.class);
        em.createQuery("select e.type, e.status, count(e) from Equipment e where e.school = :school "
                        + "group by e.type, e.status", Object[].class)
                .setParameter("school", school).getResultStream().forEach(r -> counts.computeIfAbsent(
                        (EquipmentType) r[0], t -> new long[4])[((EquipmentStatus) r[1]).ordinal()] +=
                        ((Number) r[2]).longValue());
        List<SchoolOverview.TypeCount> types = new ArrayList<>();
        long inService = 0;
        long out = 0;
        long retired = 0;
        for (Map.Entry<EquipmentType, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            types.add(new SchoolOverview.TypeCount(e.getKey(), c[EquipmentStatus.IN_SERVICE.ordinal()],
                    c[EquipmentStatus.BROKEN.ordinal()], c[EquipmentStatus.IN_REPAIR.ordinal()],
                    c[EquipmentStatus.RETIRED.ordinal()]));
            inService += c[EquipmentStatus.IN_SERVICE.ordinal()];
            out += c[EquipmentStatus.BROKEN.ordinal()] + c[EquipmentStatus.IN_REPAIR.ordinal()];
            retired += c[EquipmentStatus.RETIRED.ordinal()];
        }
        return new SchoolOverview.Equipment(inService, out, retired, types);
    }

    /** The school's equipment in service against its teachers trained on it, as the dashboard shares it. */
    public EquipmentTrainingFigures equipmentTraining(School school) {
        return equipmentTrainingSection.of(new DashboardFilter(null, null, school.uai().value(), null));
    }

    /** The open campaigns expecting items of the school, with this school's progress. */
    public List<SchoolOverview.Audit> audits(School school) {
        Map<Long, long[]> counts = new TreeMap<>();
        Map<Long, AuditItem> any = new TreeMap<>();
        em.createQuery("select i from AuditItem i join fetch i.campaign c where i.school = :school "
                        + "and c.closedAt is null", AuditItem.class)
                .setParameter("school", school).getResultStream().forEach(i -> {
                    long[] c = counts.computeIfAbsent(i.campaign().id(), id -> new long[2]);
                    c[0]++;
                    c[1] += i.seen() ? 1 : 0;
                    any.putIfAbsent(i.campaign().id(), i);
                });
        List<SchoolOverview.Audit> audits = new ArrayList<>();
        counts.forEach((id, c) -> audits.add(new SchoolOverview.Audit(id, any.get(id).campaign().name(),
                any.get(id).campaign().dueDate(), c[0], c[1])));
        audits.sort(Comparator.comparing(SchoolOverview.Audit::dueDate));
        return audits;
    }

    /** Licences counting today with seats assigned to the school (a site licence held by it: unlimited). */
    public SchoolOverview.Licences licences(School school, LocalDate today) {
        Map<Long, int[]> seats = new TreeMap<>();
        Map<Long, Licence> licences = new TreeMap<>();
        em.createQuery("select a from Assignment a join fetch a.licence l join fetch l.product where a.school = :school "
                        + "and a.releasedAt is null", Assignment.class)
                .setParameter("school", school).getResultStream()
                .filter(a -> a.licence().countsOn(today))
                .forEach(a -> {
                    seats.computeIfAbsent(a.licence().id(), id -> new int[1])[0] += a.seats();
                    licences.put(a.licence().id(), a.licence());
                });
        em.createQuery("select l from Licence l join fetch l.product where l.holder = :school and l.kind = :site",
                        Licence.class)
                .setParameter("school", school).setParameter("site", LicenceKind.SITE).getResultStream()
                .filter(l -> l.countsOn(today)).forEach(l -> {
                    licences.put(l.id(), l);
                    seats.putIfAbsent(l.id(), new int[1]);
                });
        List<SchoolOverview.LicenceLine> lines = new ArrayList<>();
        long total = 0;
        for (Map.Entry<Long, Licence> e : licences.entrySet()) {
            Licence l = e.getValue();
            int count = seats.get(e.getKey())[0];
            total += count;
            lines.add(new SchoolOverview.LicenceLine(l.product().name(), l.product().publisher(), count,
                    l.kind() == LicenceKind.SITE, l.validUntil()));
        }
        lines.sort(Comparator.comparing(SchoolOverview.LicenceLine::product));
        return new SchoolOverview.Licences(total, lines);
    }

    /** Open requests, those resolved this school year and their mean time, and (when asked) the latest. */
    public SchoolOverview.Requests requests(School school, SchoolYear year, boolean withLatest) {
        List<SupportRequest> all = em.createQuery("select r from SupportRequest r where r.school = :school "
                + "order by r.createdAt desc, r.id desc", SupportRequest.class).setParameter("school", school)
                .getResultList();
        long open = all.stream().filter(r -> r.status().open()).count();
        List<Duration> resolved = all.stream().filter(r -> r.resolvedAt() != null
                        && !r.resolvedAt().isBefore(year.start()) && r.resolvedAt().isBefore(year.end()))
                .map(r -> Duration.between(r.createdAt(), r.resolvedAt())).toList();
        Long mean = resolved.isEmpty() ? null
                : Math.round(resolved.stream().mapToLong(Duration::toMinutes).average().orElse(0) / 60.0);
        List<SchoolOverview.RequestLine> latest = withLatest ? all.stream().limit(LATEST_REQUESTS)
                .map(r -> new SchoolOverview.RequestLine(r.id(), r.subject(), r.category(), r.status(), r.createdAt()))
                .toList() : null;
        return new SchoolOverview.Requests(open, resolved.size(), mean, latest);
    }

    /**
     * The school's teachers' training this school year: head counts, hours due and done as the dashboard
     * shares them ({@link TrainingSection}, small groups hidden), per offer theme (small themes merged by
     * {@link SmallGroups}), and by name when {@code named}.
     */
    public SchoolOverview.Training training(School school, SchoolYear year, boolean named) {
        TrainingFigures figures = trainingSection.of(new DashboardFilter(year.startYear(), null, school.uai().value(),
                null), year);
        List<Account> teachers = em.createQuery("select a from Account a where a.school = :school "
                        + "and a.deactivatedAt is null and :teacher member of a.roles order by a.lastName, a.firstName",
                        Account.class)
                .setParameter("school", school).setParameter("teacher", Role.TEACHER).getResultList();
        Set<Long> ids = teachers.stream().map(Account::id).collect(Collectors.toSet());
        Map<Long, List<Booking>> present = em.createQuery("select b from Booking b join fetch b.session s "
                        + "join fetch s.offer where b.attendance = :present and b.teacher.school = :school "
                        + "and s.startsAt >= :from and s.startsAt < :to", Booking.class)
                .setParameter("present", Attendance.PRESENT).setParameter("school", school)
                .setParameter("from", year.start()).setParameter("to", year.end()).getResultStream()
                .filter(b -> ids.contains(b.teacher().id()))
                .collect(Collectors.groupingBy(b -> b.teacher().id()));
        Map<String, Set<Long>> themeTeachers = new TreeMap<>();
        Map<String, long[]> themeMinutes = new TreeMap<>();
        present.forEach((teacher, bookings) -> bookings.forEach(b -> {
            String topic = b.session().offer().topic();
            String theme = topic == null || topic.isBlank() ? NO_THEME : topic;
            themeTeachers.computeIfAbsent(theme, t -> new HashSet<>()).add(teacher);
            themeMinutes.computeIfAbsent(theme, t -> new long[1])[0] += b.session().offer().minutesCredited();
        }));
        List<TrainingFigures.Row> rows = new ArrayList<>();
        themeTeachers.forEach((theme, who) -> rows.add(new TrainingFigures.Row(theme, theme, who.size(), who.size(),
                0L, themeMinutes.get(theme)[0])));
        TrainingFigures themes = SmallGroups.applied(new TrainingFigures(figures.schoolYear(), figures.minGroup(),
                present.size(), present.size(), 0L, themeMinutes.values().stream().mapToLong(m -> m[0]).sum(), rows),
                figures.minGroup(), OTHER_THEMES);
        List<SchoolOverview.TeacherHours> names = null;
        if (named) {
            HoursDueRules.Rules rules = dueRules.all();
            var outside = yearHours.validatedOutside(year, null);
            names = teachers.stream().map(t -> {
                HoursSummary hours = HoursTally.of(year, rules.dueOf(t),
                        HoursTally.attended(present.getOrDefault(t.id(), List.of())),
                        HoursTally.outside(outside.getOrDefault(t.id(), List.of())));
                return new SchoolOverview.TeacherHours(t.displayName(), hours.minutesDue(), hours.minutesDone());
            }).toList();
        }
        return new SchoolOverview.Training(figures.schoolYear(), figures.minGroup(), figures.teachers(), present.size(),
                figures.teachersComplete(), figures.minutesDue(), figures.minutesDone(), themes.rows(), names);
    }
}
