package fr.tandem.privacy.control;

import fr.tandem.people.Account;
import fr.tandem.people.ApiToken;
import fr.tandem.people.control.SchoolHistory;
import fr.tandem.people.model.SchoolPeriodSummary;
import fr.tandem.platform.audit.AuditEvent;
import fr.tandem.privacy.model.PersonalDataReport;
import fr.tandem.equipment.Reservation;
import fr.tandem.support.RequestMessage;
import fr.tandem.support.RequestSatisfaction;
import fr.tandem.support.SupportRequest;
import fr.tandem.training.Attendance;
import fr.tandem.training.Booking;
import fr.tandem.training.IssuedAttestation;
import fr.tandem.training.OutsideHours;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.control.YearHours;
import fr.tandem.training.model.HoursSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Gathers what Tandem holds about one person from every component (the right of access). */
@Dependent
public class PersonalDataGathering {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    SchoolHistory schoolHistory;

    @Inject
    YearHours yearHours;

    public PersonalDataReport of(Account person, Instant now) {
        List<Booking> bookings = em.createQuery("select b from Booking b join fetch b.session s join fetch s.offer"
                        + " where b.teacher = :p order by s.startsAt, b.id", Booking.class)
                .setParameter("p", person).getResultList();
        long auditTotal = em.createQuery("select count(e) from AuditEvent e where e.username = :u", Long.class)
                .setParameter("u", person.username()).getSingleResult();
        return new PersonalDataReport(now, identity(person),
                schoolHistory.of(person).stream().map(SchoolPeriodSummary::of).toList(),
                tokens(person), bookings.stream().map(PersonalDataGathering::booking).toList(),
                hours(person, bookings), outsideHours(person), attestations(person), reservations(person),
                requests(person), messages(person), ratings(person), auditTotal, audit(person), mails(person));
    }

    private static PersonalDataReport.Identity identity(Account a) {
        return new PersonalDataReport.Identity(a.username(), a.firstName(), a.lastName(), a.email(), a.roles(),
                a.school() == null ? null : a.school().uai().value(), a.school() == null ? null : a.school().name(),
                a.circonscription() == null ? null : a.circonscription().code().value(),
                a.circonscription() == null ? null : a.circonscription().name(),
                a.city() == null ? null : a.city().name(), a.workingTimePercent(), a.language().code(), a.active(),
                a.createdAt(), a.deactivatedAt(), a.hasPassword(), a.hasCalendarFeed());
    }

    private List<PersonalDataReport.Token> tokens(Account person) {
        return em.createQuery("select t from ApiToken t where t.account = :p order by t.createdAt, t.id", ApiToken.class)
                .setParameter("p", person).getResultStream()
                .map(t -> new PersonalDataReport.Token(t.label(), t.createdAt(), t.lastUsedAt(), t.expiresAt(),
                        t.revokedAt()))
                .toList();
    }

    private static PersonalDataReport.BookingLine booking(Booking b) {
        return new PersonalDataReport.BookingLine(b.session().id(), b.session().offer().title(), b.session().startsAt(),
                b.session().endsAt(), b.session().place(), b.status(), b.designated(), b.attendance(), b.requestedAt(),
                b.cancelledAt());
    }

    /** The hours of every school year the person attended a session in. */
    private List<PersonalDataReport.YearHours> hours(Account person, List<Booking> bookings) {
        return bookings.stream().filter(b -> b.attendance() == Attendance.PRESENT)
                .map(b -> SchoolYear.of(b.session().startsAt())).distinct()
                .map(year -> {
                    HoursSummary summary = yearHours.of(person, year);
                    return new PersonalDataReport.YearHours(summary.schoolYear(), summary.workingTimePercent(),
                            summary.minutesDue(), summary.minutesDone(), summary.minutesRemaining());
                })
                .toList();
    }

    private List<PersonalDataReport.OutsideLine> outsideHours(Account person) {
        return em.createQuery("select o from OutsideHours o where o.teacher = :p order by o.doneOn, o.id",
                        OutsideHours.class)
                .setParameter("p", person).getResultStream()
                .map(o -> new PersonalDataReport.OutsideLine(o.id(), o.title(), o.doneOn(), o.minutes(),
                        o.status().name(), o.declaredAt()))
                .toList();
    }

    private List<PersonalDataReport.AttestationLine> attestations(Account person) {
        return em.createQuery("select a from IssuedAttestation a where a.teacher = :p order by a.issuedAt, a.id",
                        IssuedAttestation.class)
                .setParameter("p", person).getResultStream()
                .map(a -> new PersonalDataReport.AttestationLine(a.code(), a.year().label(), a.minutesDone(),
                        a.minutesDue(), a.issuedAt()))
                .toList();
    }

    private List<PersonalDataReport.ReservationLine> reservations(Account person) {
        return em.createQuery("select r from Reservation r join fetch r.kit where r.requester = :p"
                        + " order by r.startsOn, r.id", Reservation.class)
                .setParameter("p", person).getResultStream()
                .map(r -> new PersonalDataReport.ReservationLine(r.id(), r.kit().name(), r.startsOn(), r.endsOn(),
                        r.status().name(), r.note(), r.requestedAt()))
                .toList();
    }

    private List<PersonalDataReport.RatingLine> ratings(Account person) {
        return em.createQuery("select s from RequestSatisfaction s join fetch s.request r where r.requester = :p"
                        + " order by s.ratedAt, s.id", RequestSatisfaction.class)
                .setParameter("p", person).getResultStream()
                .map(s -> new PersonalDataReport.RatingLine(s.request().id(), s.satisfied(), s.comment(), s.ratedAt()))
                .toList();
    }

    private List<PersonalDataReport.RequestLine> requests(Account person) {
        return em.createQuery("select r from SupportRequest r where r.requester = :p order by r.createdAt, r.id",
                        SupportRequest.class)
                .setParameter("p", person).getResultStream()
                .map(r -> new PersonalDataReport.RequestLine(r.id(), r.subject(), r.category().name(), r.status().name(),
                        r.school() == null ? null : r.school().name(), r.room(), r.description(), r.createdAt(),
                        r.closedAt()))
                .toList();
    }

    private List<PersonalDataReport.MessageLine> messages(Account person) {
        List<Object[]> rows = em.createQuery("select m.request.id, m from RequestMessage m where m.author = :p"
                        + " order by m.at, m.id", Object[].class)
                .setParameter("p", person).getResultList();
        return rows.stream().map(row -> {
            RequestMessage message = (RequestMessage) row[1];
            return new PersonalDataReport.MessageLine((Long) row[0], message.at(), message.event().name(),
                    message.body());
        }).filter(line -> Objects.nonNull(line.text())).toList();
    }

    private List<PersonalDataReport.AuditLine> audit(Account person) {
        return em.createQuery("select e from AuditEvent e where e.username = :u order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("u", person.username()).setMaxResults(PersonalDataReport.AUDIT_LIMIT).getResultStream()
                .map(e -> new PersonalDataReport.AuditLine(e.occurredAt(), e.action(), e.entityType(), e.entityId()))
                .toList();
    }

    private List<PersonalDataReport.MailLine> mails(Account person) {
        List<Object[]> rows = em.createQuery("select m.subject, m.createdAt, m.sentAt from OutboxMessage m"
                        + " where m.recipient = :r order by m.createdAt, m.id", Object[].class)
                .setParameter("r", person.email()).getResultList();
        return rows.stream().map(row -> new PersonalDataReport.MailLine((String) row[0], (Instant) row[1],
                (Instant) row[2])).toList();
    }
}
