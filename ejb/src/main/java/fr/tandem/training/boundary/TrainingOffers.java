package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.OfferDetails;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.control.AttendanceSheet;
import fr.tandem.training.calendar.SchoolHolidayCalendar;
import fr.tandem.training.control.SessionViews;
import fr.tandem.training.control.TrainingMails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import fr.tandem.training.Attendance;
import fr.tandem.training.SchoolYear;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import fr.tandem.platform.export.CsvExport;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The inspectors' side of training: build the circonscription's offer, schedule its sessions,
 * publish it, read who enrolled. An inspector works on their own circonscription; admins on all.
 */
@Stateless
@RolesAllowed({"INSPECTOR", "ADMIN"})
public class TrainingOffers {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @EJB
    SchoolHolidays holidays;

    @Inject
    TrainingMails mails;

    /** The offers of the inspector's circonscription (all of them for an admin), newest first. */
    public List<OfferSummary> offers() {
        Account me = caller.account();
        List<TrainingOffer> offers = me.hasRole(Role.ADMIN)
                ? em.createQuery("select o from TrainingOffer o order by o.id desc", TrainingOffer.class).getResultList()
                : em.createQuery("select o from TrainingOffer o where o.circonscription = :c order by o.id desc",
                        TrainingOffer.class).setParameter("c", me.circonscription()).getResultList();
        if (offers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TrainingSession>> sessions = em.createQuery(
                        "select s from TrainingSession s where s.offer in :offers", TrainingSession.class)
                .setParameter("offers", offers).getResultStream()
                .collect(Collectors.groupingBy(s -> s.offer().id()));
        SchoolHolidayCalendar calendar = holidays.calendar();
        return offers.stream().map(o -> SessionViews.of(o, sessions.getOrDefault(o.id(), List.of()), calendar)).toList();
    }

    public OfferSummary createOffer(OfferDetails details) {
        Account me = caller.account();
        if (me.circonscription() == null) {
            throw new RuleViolation("account.circonscription.required");
        }
        TrainingOffer offer = new TrainingOffer(details, me.circonscription(), me);
        em.persist(offer);
        em.flush();
        return SessionViews.of(offer, List.of(), holidays.calendar());
    }

    public SessionSummary addSession(long offerId, SessionDetails details) {
        TrainingOffer offer = ownOffer(offerId);
        TrainingSession session = new TrainingSession(offer, details);
        em.persist(session);
        em.flush();
        return SessionViews.of(session, null, holidays.calendar());
    }

    public OfferSummary publish(long offerId) {
        TrainingOffer offer = ownOffer(offerId);
        offer.publish();
        return SessionViews.of(offer, em.createQuery("select s from TrainingSession s where s.offer = :o",
                TrainingSession.class).setParameter("o", offer).getResultList(), holidays.calendar());
    }

    /** Who enrolled in a session: seats first, then the waiting line in its order. */
    public List<EnrolmentSummary> enrolments(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new NotFound("session.notFound");
        }
        ownOffer(session.offer().id());
        List<EnrolmentSummary> lines = new ArrayList<>();
        session.bookings().stream().filter(b -> b.status().active())
                .sorted(Comparator.comparing((fr.tandem.training.Booking b) -> b.status() != BookingStatus.CONFIRMED)
                        .thenComparing(fr.tandem.training.Booking::requestedAt))
                .forEach(b -> lines.add(new EnrolmentSummary(b.teacher().username(), b.teacher().displayName(),
                        b.teacher().school() == null ? null : b.teacher().school().name(), b.status(),
                        b.requestedAt(), session.waitlistPosition(b.teacher()).orElse(null), b.attendance())));
        return lines;
    }

    /** The feuille d'émargement of a session, as a PDF to print. */
    public byte[] attendanceSheet(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new NotFound("session.notFound");
        }
        ownOffer(session.offer().id());
        return AttendanceSheet.of(session);
    }

    /** The enrolment list of a session as CSV (UTF-8 with BOM, ';'), every line, times in Paris time. */
    public byte[] enrolmentsCsv(long sessionId) {
        DateTimeFormatter paris = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));
        List<List<String>> rows = enrolments(sessionId).stream().map(e -> Arrays.asList(e.teacherName(), e.username(),
                e.schoolName() == null ? "" : e.schoolName(), e.status().name(),
                e.waitlistPosition() == null ? "" : e.waitlistPosition().toString(), paris.format(e.requestedAt()),
                e.attendance() == null ? "" : e.attendance().name())).toList();
        return CsvExport.write(List.of("Enseignant", "Identifiant", "École", "Statut", "Rang d'attente",
                "Demande le", "Émargement"), rows);
    }

    /**
     * The training hours of every active teacher of the inspector's circonscription for the
     * current school year, as CSV (UTF-8 with BOM, ';', every teacher): due, done from attendance,
     * remaining. Named teachers: for the inspectorate only.
     */
    public byte[] circonscriptionHoursCsv() {
        Account me = caller.account();
        SchoolYear year = SchoolYear.of(clock.instant());
        List<Account> teachers = em.createQuery("select a from Account a where a.school.circonscription = :c "
                        + "and a.deactivatedAt is null and :teacher member of a.roles "
                        + "order by a.school.name, a.lastName, a.firstName", Account.class)
                .setParameter("c", me.circonscription()).setParameter("teacher", Role.TEACHER).getResultList();
        Map<Long, Long> done = new java.util.HashMap<>();
        em.createQuery("select b.teacher.id, sum(b.session.offer.minutesCredited) from Booking b "
                        + "where b.attendance = :present and b.session.startsAt >= :from and b.session.startsAt < :to "
                        + "and b.teacher.school.circonscription = :c group by b.teacher.id", Object[].class)
                .setParameter("present", Attendance.PRESENT).setParameter("from", year.start())
                .setParameter("to", year.end()).setParameter("c", me.circonscription())
                .getResultStream().forEach(row -> done.put((Long) row[0], ((Number) row[1]).longValue()));
        List<List<String>> rows = teachers.stream().map(t -> {
            int due = SchoolYear.minutesDue(t.workingTimePercent() == null ? 100 : t.workingTimePercent());
            long minutes = done.getOrDefault(t.id(), 0L);
            return Arrays.asList(t.school().uai().value(), t.school().name(), t.lastName(), t.firstName(),
                    String.valueOf(t.workingTimePercent()), hours(due), hours(minutes), hours(Math.max(0, due - minutes)));
        }).toList();
        return CsvExport.write(List.of("UAI", "École", "Nom", "Prénom", "Quotité (%)", "Heures dues (" + year.label() + ")",
                "Heures faites", "Heures restantes"), rows);
    }

    private static String hours(long minutes) {
        return String.format(java.util.Locale.FRENCH, "%.2f", minutes / 60.0);
    }

    /** Cancels a session: every enrolled or waiting teacher is told, seated ones get the invitation withdrawn. */
    public SessionSummary cancelSession(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFound("session.notFound");
        }
        ownOffer(session.offer().id());
        var told = session.cancelSession(clock.instant());
        em.flush();
        told.forEach(entry -> mails.sessionCancelled(entry.getKey(), entry.getValue() == BookingStatus.CONFIRMED));
        return SessionViews.of(session, null, holidays.calendar());
    }

    /** Marks a teacher of the session present, absent or excused; their hours follow. */
    public EnrolmentSummary recordAttendance(long sessionId, String username, Attendance mark) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFound("session.notFound");
        }
        ownOffer(session.offer().id());
        Account teacher = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("account.notFound", username));
        session.recordAttendance(teacher, mark, clock.instant());
        em.flush();
        return enrolments(sessionId).stream().filter(e -> e.username().equals(username)).findFirst().orElseThrow();
    }

    private TrainingOffer ownOffer(long offerId) {
        TrainingOffer offer = em.find(TrainingOffer.class, offerId);
        if (offer == null) {
            throw new NotFound("offer.notFound");
        }
        Account me = caller.account();
        if (!me.hasRole(Role.ADMIN) && (me.circonscription() == null
                || !me.circonscription().id().equals(offer.circonscription().id()))) {
            throw new RuleViolation("offer.otherCirconscription");
        }
        return offer;
    }
}
