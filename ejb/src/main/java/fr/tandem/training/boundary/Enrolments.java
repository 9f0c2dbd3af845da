package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.training.Attendance;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.SessionSet;
import fr.tandem.training.RefusalReason;
import fr.tandem.training.TimeSlot;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.control.AttendanceSheet;
import fr.tandem.training.control.OfferAccess;
import fr.tandem.training.control.OverlappingBookings;
import fr.tandem.training.control.SessionSets;
import fr.tandem.training.control.TrainingMails;
import fr.tandem.training.model.AttendanceOpening;
import fr.tandem.training.model.DesignationReport;
import fr.tandem.training.model.EnrolmentSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The inspectors' work on a session's enrolments: the list (seats, waiting line, requests to
 * validate), validation of requests, designation of a whole target public for an obligatoire
 * offer, attendance on the day, the feuille d'émargement and exports. Every change locks the
 * session row (every session of a set taken together, in id order, a decision or designation then
 * applying to the whole set), so seats stay right whatever teachers do at the same moment.
 */
@Stateless
@RolesAllowed({"INSPECTOR", "ADMIN"})
public class Enrolments {

    private static final DateTimeFormatter PARIS_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfferAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    TrainingMails mails;

    @Inject
    OverlappingBookings overlappingBookings;

    @Inject
    SessionSets sessionSets;

    /** Who enrolled in a session: seats first, then the waiting line in its order, then requests to validate. */
    public List<EnrolmentSummary> enrolments(long sessionId) {
        return lines(access.session(sessionId));
    }

    /**
     * Accepts or refuses a teacher's request; accepted, it takes a seat or joins the waiting line;
     * refused, with a reason from the list and a note (required for OTHER), told to the teacher.
     */
    public EnrolmentSummary decide(long sessionId, String username, boolean accept, RefusalReason reason,
                                   String note) {
        TrainingOffer offer = access.session(sessionId).offer();
        if (offer.takenTogether()) {
            return decideSet(sessionId, offer, username, accept, reason, note);
        }
        TrainingSession session = access.lockedSession(sessionId);
        Account teacher = account(username);
        Booking booking = session.decide(teacher, accept, reason, note, clock.instant());
        em.flush();
        if (booking.status() == BookingStatus.CONFIRMED) {
            mails.seatConfirmed(booking);
        } else if (booking.status() == BookingStatus.WAITLISTED) {
            mails.waitlisted(booking, session.waitlistPosition(teacher).orElse(0));
        } else {
            mails.requestRefused(booking);
        }
        return line(session, username);
    }

    /** The decision on a request for a set applies to every session of it (see {@link SessionSet#decide}). */
    private EnrolmentSummary decideSet(long sessionId, TrainingOffer offer, String username, boolean accept,
                                       RefusalReason reason, String note) {
        SessionSet set = sessionSets.locked(offer);
        Account teacher = account(username);
        List<Booking> decided = set.decide(teacher, accept, reason, note, clock.instant());
        em.flush();
        BookingStatus status = decided.get(0).status();
        if (status == BookingStatus.CONFIRMED) {
            mails.setSeatsConfirmed(decided);
        } else if (status == BookingStatus.WAITLISTED) {
            mails.setWaitlisted(decided, set.waitlistPosition(teacher).orElse(0));
        } else {
            mails.setRequestRefused(decided);
        }
        return line(access.session(sessionId), username);
    }

    /**
     * Seats every teacher of the offer's target public in this session, in one action: those
     * already seated in a session of the offer are left as they are, those with another session
     * at the same time are named and left out. If the seats left are too few, nobody is
     * designated. Each designated teacher gets a convocation.
     */
    public DesignationReport designate(long sessionId) {
        TrainingSession target = access.session(sessionId);
        TrainingOffer offer = target.offer();
        if (offer.category() != OfferCategory.OBLIGATOIRE_CIRCONSCRIPTION) {
            throw new RuleViolation("designation.obligatoireOnly");
        }
        List<Account> teachers = em.createQuery("select a from Account a where a.school.circonscription = :c "
                        + "and a.deactivatedAt is null and :teacher member of a.roles order by a.id", Account.class)
                .setParameter("c", offer.circonscription()).setParameter("teacher", Role.TEACHER).getResultStream()
                .filter(offer::isFor).toList();
        // accounts then the session, in the order teachers' own bookings take them: no deadlock
        teachers.forEach(t -> em.lock(t, LockModeType.PESSIMISTIC_WRITE));
        if (offer.takenTogether()) {
            return designateSet(offer, teachers);
        }
        TrainingSession session = access.lockedSession(sessionId);
        Set<Long> seatedInOffer = new HashSet<>(em.createQuery("select b.teacher.id from Booking b "
                        + "where b.session.offer = :offer and b.status = :confirmed", Long.class)
                .setParameter("offer", offer).setParameter("confirmed", BookingStatus.CONFIRMED).getResultList());
        List<Account> toSeat = new ArrayList<>();
        List<String> overlapping = new ArrayList<>();
        for (Account teacher : teachers) {
            if (seatedInOffer.contains(teacher.id())) {
                continue;
            }
            overlappingBookings.of(teacher, session).ifPresentOrElse(
                    other -> overlapping.add(teacher.displayName() + " (« " + other.session().offer().title() + " » "
                            + PARIS_TIME.format(other.session().startsAt()) + ")"),
                    () -> toSeat.add(teacher));
        }
        if (toSeat.size() > session.seatsLeft()) {
            throw new RuleViolation("designation.tooMany", toSeat.size(), session.seatsLeft());
        }
        Instant now = clock.instant();
        List<Booking> designated = toSeat.stream().map(t -> session.designate(t, now)).toList();
        em.flush();
        designated.forEach(mails::seatConfirmed);
        return new DesignationReport(designated.size(), teachers.size() - toSeat.size() - overlapping.size(),
                overlapping);
    }

    /**
     * The designation into a set: each teacher not yet seated in it and free at every one of its
     * dates is seated in every session, if the set's seats left are enough for all of them.
     */
    private DesignationReport designateSet(TrainingOffer offer, List<Account> teachers) {
        SessionSet set = sessionSets.locked(offer);
        List<Account> toSeat = new ArrayList<>();
        List<String> overlapping = new ArrayList<>();
        for (Account teacher : teachers) {
            boolean seated = set.sessions().stream().allMatch(s -> s.bookings().stream()
                    .anyMatch(b -> b.isOf(teacher) && b.status() == BookingStatus.CONFIRMED));
            if (seated) {
                continue;
            }
            set.sessions().stream().map(s -> overlappingBookings.of(teacher, s)).flatMap(Optional::stream).findFirst()
                    .ifPresentOrElse(other -> overlapping.add(teacher.displayName() + " (« "
                                    + other.session().offer().title() + " » "
                                    + PARIS_TIME.format(other.session().startsAt()) + ")"),
                            () -> toSeat.add(teacher));
        }
        if (toSeat.size() > set.seatsLeft()) {
            throw new RuleViolation("designation.tooMany", toSeat.size(), set.seatsLeft());
        }
        Instant now = clock.instant();
        List<List<Booking>> designated = toSeat.stream().map(t -> set.designate(t, now)).toList();
        em.flush();
        designated.forEach(mails::setSeatsConfirmed);
        return new DesignationReport(designated.size(), teachers.size() - toSeat.size() - overlapping.size(),
                overlapping);
    }

    /** Marks a teacher of the session present, absent or excused; their hours follow. */
    public EnrolmentSummary recordAttendance(long sessionId, String username, Attendance mark) {
        TrainingSession session = access.lockedSession(sessionId);
        session.recordAttendance(account(username), mark, clock.instant());
        em.flush();
        return line(session, username);
    }

    /**
     * Marks present every seated teacher of the session who has no mark yet (absences and excuses
     * already noted stay); says how many were marked.
     */
    public int markAllPresent(long sessionId) {
        TrainingSession session = access.lockedSession(sessionId);
        Instant now = clock.instant();
        List<Account> unmarked = session.bookings().stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED && b.attendance() == null)
                .map(Booking::teacher).toList();
        unmarked.forEach(teacher -> session.recordAttendance(teacher, Attendance.PRESENT, now));
        em.flush();
        return unmarked.size();
    }

    /** From which day (Paris time) the session's émargement is taken, and whether that day has come. */
    public AttendanceOpening attendanceOpening(long sessionId) {
        TimeSlot slot = access.session(sessionId).slot();
        return new AttendanceOpening(slot.day(), !slot.startsAfterTheDayOf(clock.instant()));
    }

    /** The feuille d'émargement of a session, as a PDF to print. */
    public byte[] attendanceSheet(long sessionId) {
        return AttendanceSheet.of(access.session(sessionId), caller.account().language());
    }

    /** The enrolment list as CSV (UTF-8 with BOM, ';'), every line, times in Paris time. */
    public byte[] enrolmentsCsv(long sessionId) {
        TextBundle texts = exportTexts();
        return CsvExport.write(header(texts), rows(sessionId, texts));
    }

    /** The enrolment list as an Excel workbook. */
    public byte[] enrolmentsXlsx(long sessionId) {
        TextBundle texts = exportTexts();
        return ExcelExport.write(texts.text("enrolments.export.sheet"), header(texts), rows(sessionId, texts));
    }

    /** The texts of the exports, in the language of the person who asks for them. */
    private TextBundle exportTexts() {
        return TextBundle.of(TextBundle.DOCUMENTS, caller.account().language());
    }

    private static List<String> header(TextBundle texts) {
        return List.of(texts.text("enrolments.export.teacher"), texts.text("enrolments.export.username"),
                texts.text("enrolments.export.school"), texts.text("enrolments.export.status"),
                texts.text("enrolments.export.designated"), texts.text("enrolments.export.waitlistPosition"),
                texts.text("enrolments.export.requestedAt"), texts.text("enrolments.export.attendance"));
    }

    private List<List<String>> rows(long sessionId, TextBundle texts) {
        return enrolments(sessionId).stream().map(e -> Arrays.asList(e.teacherName(), e.username(),
                e.schoolName() == null ? "" : e.schoolName(), e.status().name(),
                e.designated() ? texts.text("enrolments.export.yes") : "",
                e.waitlistPosition() == null ? "" : e.waitlistPosition().toString(), PARIS_TIME.format(e.requestedAt()),
                e.attendance() == null ? "" : e.attendance().name())).toList();
    }

    private static List<EnrolmentSummary> lines(TrainingSession session) {
        return session.bookings().stream().filter(b -> b.status().active())
                .sorted(Comparator.comparing((Booking b) -> b.status().ordinal()).thenComparing(Booking::requestedAt))
                .map(b -> line(session, b)).toList();
    }

    /** The line of one teacher, whatever their standing (a refused request too). */
    private static EnrolmentSummary line(TrainingSession session, String username) {
        return session.bookings().stream().filter(b -> b.teacher().username().equals(username)).findFirst()
                .map(b -> line(session, b)).orElseThrow();
    }

    private static EnrolmentSummary line(TrainingSession session, Booking b) {
        return new EnrolmentSummary(b.teacher().username(), b.teacher().displayName(),
                b.teacher().school() == null ? null : b.teacher().school().name(), b.status(), b.designated(),
                b.requestedAt(), session.waitlistPosition(b.teacher()).orElse(null), b.attendance());
    }

    private Account account(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("account.notFound", username));
    }
}
