package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.mail.MailSettings;
import fr.tandem.platform.persistence.BoundedCount;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.CancellationReason;
import fr.tandem.training.OfferStatus;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.SessionSet;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.control.CatalogueSearch;
import fr.tandem.training.control.AttestationIssuing;
import fr.tandem.training.control.HoursDocuments;
import fr.tandem.training.control.OverlappingBookings;
import fr.tandem.training.control.SessionInvitation;
import fr.tandem.training.control.SessionSets;
import fr.tandem.training.control.SessionViews;
import fr.tandem.training.control.TrainingMails;
import fr.tandem.training.control.TrainingSettings;
import fr.tandem.training.control.YearHours;
import fr.tandem.training.model.CataloguePage;
import fr.tandem.training.model.CatalogueQuery;
import fr.tandem.training.model.HoursSummary;
import fr.tandem.training.model.SessionSummary;
import fr.tandem.training.model.TrainingYearSummary;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The teachers' side of training: the catalogue they may book, booking and cancelling in one
 * step (with the mails they send, queued in the same transaction) — a set of sessions taken
 * together as one — and their own bookings. Each booking or cancellation locks the teacher's
 * account row and then the session row (every session of a set, in id order), so that seats, the waiting line and the no-overlap rule stay right
 * whatever the number of people clicking at once.
 */
@Stateless
@RolesAllowed("TEACHER")
public class Bookings {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    TrainingMails mails;

    @Inject
    YearHours yearHours;

    @Inject
    AttestationIssuing attestations;

    @Inject
    CatalogueSearch catalogueSearch;

    @Inject
    OverlappingBookings overlappingBookings;

    @Inject
    MailSettings mail;

    @Inject
    SessionSets sessionSets;

    @Inject
    TrainingSettings trainingSettings;

    /**
     * One page of the upcoming sessions of published offers the teacher may book (the
     * départementales, and the offers of their circonscription meant for them), soonest first.
     */
    public CataloguePage catalogue(CatalogueQuery query) {
        Account me = caller.account();
        Instant now = clock.instant();
        long total = catalogueSearch.count(me, query, now);
        boolean pageHasRows = total > query.first() || !BoundedCount.exact(total);
        return new CataloguePage(total, pageHasRows ? catalogueSearch.items(me, query, now) : List.of());
    }

    /** The number of sessions of the catalogue that match the query (for a table that pages). */
    public long catalogueCount(CatalogueQuery query) {
        return catalogueSearch.count(caller.account(), query, clock.instant());
    }

    /** The sessions of the catalogue in the query's window (for a table that pages). */
    public List<SessionSummary> catalogueItems(CatalogueQuery query) {
        return catalogueSearch.items(caller.account(), query, clock.instant());
    }

    /** The teacher's bookings that are not cancelled, soonest first. */
    public List<SessionSummary> mine() {
        Account me = caller.account();
        return em.createQuery("select b.session from Booking b where b.teacher = :me and b.status in :active "
                        + "order by b.session.startsAt", TrainingSession.class)
                .setParameter("me", me).setParameter("active", BookingStatus.ACTIVE)
                .getResultStream().map(s -> SessionViews.of(s, me)).toList();
    }

    /**
     * One session as the teacher sees it: a session of a published (or since cancelled) offer meant
     * for them, or one they booked. Any other session, another circonscription's included, is
     * answered as a missing one.
     */
    public SessionSummary session(long sessionId) {
        Account me = caller.account();
        return SessionViews.of(visibleSession(me, sessionId), me);
    }

    /**
     * The session as an iCalendar file (METHOD:PUBLISH, times in Europe/Paris with the zone), with
     * the same UID as the invitation the teacher gets when booking, so that calendars merge them.
     */
    public String sessionCalendar(long sessionId) {
        Account me = caller.account();
        return SessionInvitation.feed(List.of(visibleSession(me, sessionId)), mail.from(), me.email(), clock.instant());
    }

    private TrainingSession visibleSession(Account me, long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new NotFound("session.notFound");
        }
        boolean booked = session.bookings().stream().anyMatch(b -> b.isOf(me));
        boolean offered = session.offer().status() != OfferStatus.DRAFT && session.offer().isFor(me);
        if (!booked && !offered) {
            throw new NotFound("session.notFound");
        }
        return session;
    }

    /** The caller's hours of the current school year, from attendance only. */
    public HoursSummary myHours() {
        return myHours(null);
    }

    /**
     * The caller's hours of a school year (its start year; null: the current one), against the
     * quotité and minutes due the year froze if it closed.
     */
    public HoursSummary myHours(Integer startYear) {
        return yearHours.of(caller.account(), yearHours.year(startYear));
    }

    /** The caller's school years, the current one first, whatever school they were in. */
    public List<TrainingYearSummary> myYears() {
        return yearHours.years(caller.account());
    }

    /**
     * The caller's attestation of the school year's training, as a PDF, recorded with its verification code.
     *
     * @throws RuleViolation {@code attestation.noHours} when no hour counts yet
     */
    public byte[] myAttestation() {
        Account me = caller.account();
        return attestations.issue(me, yearHours.year(null), me.language());
    }

    /** The caller's follow-up sheet of the 18 hours (fiche de suivi), as a PDF to print. */
    public byte[] myFollowUpSheet() {
        return HoursDocuments.followUpSheet(caller.account(), myHours(), caller.account().language());
    }

    public SessionSummary book(long sessionId) {
        Account me = lockedCaller();
        TrainingSession session = lockedSession(sessionId);
        if (!mayBook(me, session)) {
            throw new NotFound("session.notFound");
        }
        Instant now = clock.instant();
        refuseOverlap(me, session);
        Booking booking = session.book(me, now);
        em.flush();
        if (booking.status() == BookingStatus.CONFIRMED) {
            mails.seatConfirmed(booking);
        } else if (booking.status() == BookingStatus.PENDING) {
            mails.requestReceived(booking);
        } else {
            mails.waitlisted(booking, session.waitlistPosition(me).orElse(0));
        }
        return SessionViews.of(session, me);
    }

    /**
     * Cancels the caller's booking; a seat given up within the late-cancellation notice (a setting)
     * needs a reason from the list, and a note for OTHER.
     */
    public SessionSummary cancel(long sessionId, CancellationReason reason, String note) {
        Account me = lockedCaller();
        TrainingSession session = lockedSession(sessionId);
        Booking mine = session.bookings().stream().filter(b -> b.isOf(me)).findFirst()
                .orElseThrow(() -> new RuleViolation("booking.none"));
        boolean hadSeat = mine.status() == BookingStatus.CONFIRMED;
        Optional<Booking> promoted = session.cancel(me, clock.instant(), trainingSettings.lateCancellationNotice(),
                reason, note);
        em.flush();
        if (hadSeat) {
            mails.seatGivenUp(mine);
        }
        promoted.ifPresent(mails::seatConfirmed);
        return SessionViews.of(session, me);
    }

    /**
     * Books every date of an offer taken together in one action: the caller's account, then each
     * session of the set in id order, are locked; each must take the teacher (scope, window,
     * start, no overlap); then a seat in every session, a request in each, or one place in the
     * set's waiting line — never some seats and not others. Answers the set's first session.
     */
    public SessionSummary bookSet(long offerId) {
        Account me = lockedCaller();
        SessionSet set = lockedSet(offerId, me);
        set.sessions().forEach(session -> refuseOverlap(me, session));
        List<Booking> booked = set.book(me, clock.instant());
        em.flush();
        BookingStatus status = booked.get(0).status();
        if (status == BookingStatus.CONFIRMED) {
            mails.setSeatsConfirmed(booked);
        } else if (status == BookingStatus.PENDING) {
            mails.setRequestReceived(booked);
        } else {
            mails.setWaitlisted(booked, set.waitlistPosition(me).orElse(0));
        }
        return SessionViews.of(set.sessions().get(0), me);
    }

    /**
     * Cancels the caller's standing in every date of a set still to come; the freed seats go to
     * the first in the set's waiting line, into every session at once. Seats given up within the
     * late-cancellation notice need a reason, as for one session.
     */
    public SessionSummary cancelSet(long offerId, CancellationReason reason, String note) {
        Account me = lockedCaller();
        SessionSet set = lockedSet(offerId, me);
        Instant now = clock.instant();
        List<Booking> seated = set.sessions().stream().flatMap(s -> s.bookings().stream())
                .filter(b -> b.isOf(me) && b.status() == BookingStatus.CONFIRMED).toList();
        List<Booking> cancelled = set.cancel(me, now, trainingSettings.lateCancellationNotice(), reason, note);
        List<List<Booking>> promoted = set.promote(now);
        em.flush();
        List<Booking> givenUp = cancelled.stream().filter(seated::contains).toList();
        if (!givenUp.isEmpty()) {
            mails.setSeatsGivenUp(givenUp);
        }
        promoted.forEach(mails::setSeatsConfirmed);
        return SessionViews.of(set.sessions().get(0), me);
    }

    private SessionSet lockedSet(long offerId, Account me) {
        TrainingOffer offer = em.find(TrainingOffer.class, offerId);
        if (offer == null || offer.status() == OfferStatus.DRAFT || !offer.isFor(me)) {
            throw new NotFound("offer.notFound");
        }
        return sessionSets.locked(offer);
    }

    /** The same scope as the catalogue: départementales, and the offers of the teacher's circonscription meant for them. */
    private static boolean mayBook(Account me, TrainingSession session) {
        return session.offer().isFor(me);
    }

    private Account lockedCaller() {
        return caller.lockedAccount();
    }

    private TrainingSession lockedSession(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFound("session.notFound");
        }
        return session;
    }

    private void refuseOverlap(Account me, TrainingSession session) {
        overlappingBookings.of(me, session).ifPresent(other -> {
            throw new RuleViolation("booking.overlap", other.session().offer().title(),
                    DAY.format(other.session().startsAt()));
        });
    }
}
