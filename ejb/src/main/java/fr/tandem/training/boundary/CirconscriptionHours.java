package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.training.Attendance;
import fr.tandem.training.Booking;
import fr.tandem.training.HoursDue;
import fr.tandem.training.OutsideHours;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.TrainingYear;
import fr.tandem.training.control.AttestationIssuing;
import fr.tandem.training.control.HoursDueRules;
import fr.tandem.training.control.HoursTally;
import fr.tandem.training.control.YearHours;
import fr.tandem.training.model.HoursSummary.AttendedSession;
import fr.tandem.training.model.TeacherHours;
import fr.tandem.training.model.TrainingYearSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inspector's follow-up of the 18 hours: every active teacher of the circonscription with
 * the school year's hours due, done (from attendance) and remaining, split as the rules ask; as
 * a table, CSV and Excel, and each teacher's attestation. Named teachers: for the inspectorate only.
 */
@Stateless
@RolesAllowed("INSPECTOR")
public class CirconscriptionHours {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    YearHours yearHours;

    @Inject
    HoursDueRules dueRules;

    @Inject
    AttestationIssuing attestations;

    /** The start year of the school year in progress (the follow-up offers it and the years before). */
    public int currentYear() {
        return SchoolYear.of(clock.instant()).startYear();
    }

    /**
     * The teachers of the inspector's circonscription today, by school then name, with their hours of
     * a school year (its start year; null: the current one): a past year counts against the quotité
     * and minutes due it froze when it closed, whatever school the teacher was in then.
     */
    public List<TeacherHours> teachers(Integer startYear) {
        Account me = caller.account();
        SchoolYear year = yearHours.year(startYear);
        boolean past = year.startYear() < SchoolYear.of(clock.instant()).startYear();
        List<Account> teachers = em.createQuery("select a from Account a where a.school.circonscription = :c "
                        + "and a.deactivatedAt is null and :teacher member of a.roles "
                        + "order by a.school.name, a.lastName, a.firstName", Account.class)
                .setParameter("c", me.circonscription()).setParameter("teacher", Role.TEACHER).getResultList();
        Map<Long, List<Booking>> present = em.createQuery("select b from Booking b where b.attendance = :present "
                        + "and b.session.startsAt >= :from and b.session.startsAt < :to "
                        + "and b.teacher.school.circonscription = :c", Booking.class)
                .setParameter("present", Attendance.PRESENT).setParameter("from", year.start())
                .setParameter("to", year.end()).setParameter("c", me.circonscription())
                .getResultStream().collect(Collectors.groupingBy(b -> b.teacher().id()));
        Map<Long, TrainingYear> closed = !past ? Map.of() : em.createQuery("select y from TrainingYear y "
                        + "where y.startYear = :year and y.account.school.circonscription = :c", TrainingYear.class)
                .setParameter("year", year.startYear()).setParameter("c", me.circonscription()).getResultStream()
                .collect(Collectors.toMap(y -> y.account().id(), Function.identity()));
        HoursDueRules.Rules rules = dueRules.all();
        Map<Long, List<OutsideHours>> outside = yearHours.validatedOutside(year, me.circonscription());
        return teachers.stream().map(t -> {
            List<AttendedSession> sessions = HoursTally.attended(present.getOrDefault(t.id(), List.of()));
            TrainingYear row = closed.get(t.id());
            return new TeacherHours(t.username(), t.lastName(), t.firstName(), t.school().uai().value(),
                    t.school().name(), HoursTally.of(year, row == null ? rules.dueOf(t)
                            : HoursDue.frozen(row.workingTimePercent(), row.minutesDue()), sessions,
                            HoursTally.outside(outside.getOrDefault(t.id(), List.of()))));
        }).toList();
    }

    /** The school years of a teacher of the inspector's circonscription today, the current one first. */
    public List<TrainingYearSummary> teacherYears(String username) {
        return yearHours.years(teacherOfMine(username));
    }

    /** The list of a school year (null: the current one) as CSV. */
    public byte[] csv(Integer startYear) {
        TextBundle texts = texts();
        SchoolYear year = yearHours.year(startYear);
        return CsvExport.write(header(texts, year), rows(texts.locale(), startYear));
    }

    /** The list of a school year (null: the current one) as an Excel workbook. */
    public byte[] xlsx(Integer startYear) {
        TextBundle texts = texts();
        SchoolYear year = yearHours.year(startYear);
        return ExcelExport.write(texts.text("hours.export.sheet", year.label()), header(texts, year),
                rowsWithNumbers(startYear));
    }

    /** The texts of the exports, in the language of the person who asks for them. */
    private TextBundle texts() {
        return TextBundle.of(TextBundle.DOCUMENTS, caller.account().language());
    }

    /**
     * The attestation of one teacher of the circonscription for a school year (null: the current one), as
     * a PDF, recorded with its verification code.
     *
     * @throws fr.tandem.platform.RuleViolation {@code attestation.noHours} when no hour counts that year
     */
    public byte[] attestation(String username, Integer startYear) {
        Account teacher = teacherOfMine(username);
        return attestations.issue(teacher, yearHours.year(startYear), caller.account().language());
    }

    /** A teacher of the inspector's circonscription today; another's answers as if it did not exist. */
    private Account teacherOfMine(String username) {
        return em.createQuery("select a from Account a where a.username = :u "
                        + "and a.school.circonscription = :c and :teacher member of a.roles", Account.class)
                .setParameter("u", username).setParameter("c", caller.account().circonscription())
                .setParameter("teacher", Role.TEACHER).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("account.notFound", username));
    }

    private List<String> header(TextBundle texts, SchoolYear year) {
        return List.of("UAI", texts.text("hours.export.school"), texts.text("hours.export.lastName"),
                texts.text("hours.export.firstName"), texts.text("hours.export.workingTime"),
                texts.text("hours.export.due", year.label()), texts.text("hours.export.done"),
                texts.text("hours.export.animation"), texts.text("hours.export.formationContinue"),
                texts.text("hours.export.distance"), texts.text("hours.export.outside"),
                texts.text("hours.export.remaining"));
    }

    private List<List<String>> rows(Locale locale, Integer startYear) {
        return teachers(startYear).stream().map(t -> Arrays.asList(t.schoolUai(), t.schoolName(), t.lastName(), t.firstName(),
                String.valueOf(t.hours().workingTimePercent()), hours(locale, t.hours().minutesDue()),
                hours(locale, t.hours().minutesDone()), hours(locale, t.hours().animationMinutes()),
                hours(locale, t.hours().formationContinueMinutes()), hours(locale, t.hours().distanceMinutes()),
                hours(locale, t.hours().outsideMinutes()), hours(locale, t.hours().minutesRemaining()))).toList();
    }

    private List<List<Object>> rowsWithNumbers(Integer startYear) {
        return teachers(startYear).stream().map(t -> Arrays.<Object>asList(t.schoolUai(), t.schoolName(), t.lastName(),
                t.firstName(), t.hours().workingTimePercent(), t.hours().minutesDue() / 60.0,
                t.hours().minutesDone() / 60.0, t.hours().animationMinutes() / 60.0,
                t.hours().formationContinueMinutes() / 60.0, t.hours().distanceMinutes() / 60.0,
                t.hours().outsideMinutes() / 60.0, t.hours().minutesRemaining() / 60.0)).toList();
    }

    private static String hours(Locale locale, int minutes) {
        return String.format(locale, "%.2f", minutes / 60.0);
    }
}
