package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.time.Clocks;
import fr.tandem.school.School;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.model.ReplacementDay;
import fr.tandem.training.model.ReplacementSchool;
import fr.tandem.training.model.StaffAbsence;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The replacements sessions held on class time need: each teacher seated in one (not cancelled)
 * is away that day, per day and school; the head teachers who are told; and, for a head teacher,
 * which of their teachers will be away.
 */
@Dependent
public class ReplacementNeeds {

    private static final String SEATS = "select b from Booking b join fetch b.session s join fetch s.offer o "
            + "join fetch b.teacher t where b.status = :confirmed and o.classTime = true and s.cancelledAt is null ";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /**
     * The days in [from, to) with replacements needed for teachers of the circonscription (null:
     * every one), soonest first.
     */
    public List<ReplacementDay> days(Long circonscriptionId, Instant from, Instant to) {
        TypedQuery<Booking> query = em.createQuery(SEATS + "and s.startsAt >= :from and s.startsAt < :to"
                        + (circonscriptionId == null ? "" : " and t.school.circonscription.id = :c"), Booking.class)
                .setParameter("confirmed", BookingStatus.CONFIRMED).setParameter("from", from).setParameter("to", to);
        if (circonscriptionId != null) {
            query.setParameter("c", circonscriptionId);
        }
        Map<LocalDate, List<Booking>> byDay = query.getResultStream().filter(b -> b.teacher().school() != null)
                .collect(Collectors.groupingBy(b -> LocalDate.ofInstant(b.session().startsAt(), Clocks.PARIS),
                        TreeMap::new, Collectors.toList()));
        return byDay.entrySet().stream().map(day -> new ReplacementDay(day.getKey(), day.getValue().size(),
                day.getValue().stream().collect(Collectors.groupingBy(b -> b.teacher().school(), Collectors.counting()))
                        .entrySet().stream()
                        .map(s -> new ReplacementSchool(s.getKey().uai().value(), s.getKey().name(), s.getValue().intValue()))
                        .sorted(Comparator.comparing(ReplacementSchool::name)).toList())).toList();
    }

    /** The teachers of the school seated in sessions held on class time still to end, soonest first. */
    public List<StaffAbsence> absences(School school, Instant now) {
        return em.createQuery(SEATS + "and t.school = :school and s.endsAt > :now order by s.startsAt", Booking.class)
                .setParameter("confirmed", BookingStatus.CONFIRMED).setParameter("school", school)
                .setParameter("now", now).getResultStream()
                .map(b -> new StaffAbsence(b.teacher().displayName(), b.session().offer().title(), b.session().startsAt(),
                        b.session().endsAt(), b.session().place())).toList();
    }

    /** The active head teachers of the teacher's school, who are told when the teacher will be away. */
    public List<Account> headTeachersOf(Account teacher) {
        if (teacher.school() == null) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.school = :school and :head member of a.roles "
                        + "and a.deactivatedAt is null order by a.id", Account.class)
                .setParameter("school", teacher.school()).setParameter("head", Role.HEAD_TEACHER).getResultList();
    }
}
