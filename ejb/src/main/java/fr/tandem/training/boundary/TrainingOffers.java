package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import fr.tandem.school.boundary.SchoolHolidays;
import fr.tandem.school.calendar.SchoolHolidayCalendar;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.OfferDetails;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.SessionSet;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.control.OfferAccess;
import fr.tandem.training.control.SessionSets;
import fr.tandem.training.control.SessionViews;
import fr.tandem.training.control.TrainerClashes;
import fr.tandem.training.control.TrainerMails;
import fr.tandem.training.control.TrainingMails;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import fr.tandem.training.model.TrainerChoice;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inspectors' side of training: build the circonscription's offer, schedule its sessions
 * and their trainers, change or cancel them with notice to the teachers, publish. An inspector
 * works on their own circonscription; admins on all (and name the circonscription of a new offer).
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

    @Inject
    TrainerMails trainerMails;

    @Inject
    OfferAccess access;

    @Inject
    TrainerClashes clashes;

    @Inject
    SessionSets sessionSets;

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
        List<TrainingSession> all = em.createQuery("select s from TrainingSession s where s.offer in :offers",
                TrainingSession.class).setParameter("offers", offers).getResultList();
        Map<Long, List<TrainingSession>> sessions = all.stream().collect(Collectors.groupingBy(s -> s.offer().id()));
        SchoolHolidayCalendar calendar = holidays.calendar();
        Map<Long, String> trainerClashes = clashes.of(all);
        return offers.stream().map(o -> SessionViews.of(o, sessions.getOrDefault(o.id(), List.of()), calendar,
                trainerClashes)).toList();
    }

    /** One offer of the inspector's circonscription (any for an admin), with its sessions. */
    public OfferSummary offer(long offerId) {
        return view(access.offer(offerId));
    }

    /**
     * How many active teachers the offer is for once published: those of its circonscription (of
     * the whole département for a départementale) whose school is targeted and teaches a target cycle.
     */
    public long audience(long offerId) {
        TrainingOffer offer = access.offer(offerId);
        return em.createQuery("select a from Account a where a.school is not null and a.deactivatedAt is null "
                        + "and :teacher member of a.roles", Account.class)
                .setParameter("teacher", Role.TEACHER).getResultStream().filter(offer::isFor).count();
    }

    /**
     * A draft offer of the inspector's circonscription; an admin names the circonscription by
     * its code (an inspector's own is used whatever the code).
     */
    public OfferSummary createOffer(OfferDetails details, String circonscriptionCode) {
        Account me = caller.account();
        Circonscription circonscription = me.hasRole(Role.INSPECTOR) && me.circonscription() != null
                ? me.circonscription() : circonscription(circonscriptionCode);
        TrainingOffer offer = new TrainingOffer(details, schools(details.targetSchools()), circonscription, me);
        em.persist(offer);
        em.flush();
        return view(offer);
    }

    /**
     * Changes what an offer says (its sessions keep their bookings). When the reminder offset
     * changes, the reminders of the seated teachers of sessions to come move with it.
     */
    public OfferSummary updateOffer(long offerId, OfferDetails details) {
        TrainingOffer offer = access.offer(offerId);
        int reminderWas = offer.reminderDays();
        offer.update(details, schools(details.targetSchools()), someoneEnrolled(offer));
        em.flush();
        if (offer.reminderDays() != reminderWas) {
            moveReminders(offer, reminderWas == 0);
        }
        return view(offer);
    }

    private void moveReminders(TrainingOffer offer, boolean hadNone) {
        Instant now = clock.instant();
        em.createQuery("select b from Booking b where b.session.offer = :o and b.status = :confirmed "
                        + "and b.session.startsAt > :now", Booking.class)
                .setParameter("o", offer).setParameter("confirmed", BookingStatus.CONFIRMED).setParameter("now", now)
                .getResultStream().forEach(b -> mails.reminderMoved(b, now, hadNone));
    }

    public OfferSummary publish(long offerId) {
        TrainingOffer offer = access.offer(offerId);
        offer.publish();
        return view(offer);
    }

    /** Cancels an offer and each of its sessions still to come, with notice to every teacher enrolled or waiting. */
    public OfferSummary cancelOffer(long offerId) {
        TrainingOffer offer = access.offer(offerId);
        Instant now = clock.instant();
        for (TrainingSession session : sessionsOf(offer)) {
            if (!session.cancelled() && now.isBefore(session.endsAt())) {
                cancel(access.lockedSession(session.id()), now);
            }
        }
        offer.cancel();
        em.flush();
        return view(offer);
    }

    /** Adds a session; the summary carries the warnings (holidays, a trainer booked elsewhere). */
    public SessionSummary addSession(long offerId, SessionDetails details) {
        TrainingOffer offer = access.offer(offerId);
        if (offer.takenTogether() && someoneEnrolled(offer)) {
            throw new RuleViolation("offer.set.sessionAdded");
        }
        TrainingSession session = new TrainingSession(offer, details, trainers(details.trainers()));
        em.persist(session);
        em.flush();
        Instant now = clock.instant();
        session.trainers().forEach(t -> trainerMails.named(session, t, now));
        return view(session);
    }

    /**
     * Changes a session. When its day, times or place change, every teacher enrolled, waiting or
     * pending is told; seated ones get the updated invitation and their reminder moves. A trainer
     * named is sent the invitation, one taken off its withdrawal, one staying the update if it moved.
     */
    public SessionSummary updateSession(long sessionId, SessionDetails details) {
        Optional<SessionSet> set = lockedSetOf(sessionId);
        TrainingSession session = access.lockedSession(sessionId);
        Set<Account> before = session.trainers();
        boolean moved = session.reschedule(details, trainers(details.trainers()));
        Instant now = clock.instant();
        List<List<Booking>> promoted = set.map(s -> s.promote(now)).orElse(List.of());
        em.flush();
        if (moved) {
            session.bookings().stream().filter(b -> b.status().active()).forEach(b -> mails.sessionChanged(b, now));
        }
        promoted.forEach(mails::setSeatsConfirmed);
        Set<Account> after = session.trainers();
        for (Account trainer : after) {
            if (!before.contains(trainer)) {
                trainerMails.named(session, trainer, now);
            } else if (moved) {
                trainerMails.changed(session, trainer, now);
            }
        }
        before.stream().filter(t -> !after.contains(t)).forEach(t -> trainerMails.removed(session, t, now));
        return view(session);
    }

    /**
     * Cancels a session: every enrolled or waiting teacher is told, seated ones get the invitation
     * withdrawn. In a set taken together the other dates stay, and seats they now have left for the
     * whole set go to its waiting line.
     */
    public SessionSummary cancelSession(long sessionId) {
        Optional<SessionSet> set = lockedSetOf(sessionId);
        TrainingSession session = access.lockedSession(sessionId);
        Instant now = clock.instant();
        cancel(session, now);
        if (set.isPresent() && set.get().sessions().stream().anyMatch(s -> !s.cancelled())) {
            List<List<Booking>> promoted = SessionSet.of(session.offer(), set.get().sessions()).promote(now);
            em.flush();
            promoted.forEach(mails::setSeatsConfirmed);
        }
        return view(session);
    }

    /**
     * For a session of an offer taken together, its whole set locked in id order (before any change
     * to one of them, so that the lock order is the teachers' one); nothing for another session.
     */
    private Optional<SessionSet> lockedSetOf(long sessionId) {
        TrainingOffer offer = access.session(sessionId).offer();
        return offer.takenTogether() ? Optional.of(sessionSets.locked(offer)) : Optional.empty();
    }

    /** Whether a teacher is enrolled, waiting or asking for a session of the offer. */
    private boolean someoneEnrolled(TrainingOffer offer) {
        return !em.createQuery("select b.id from Booking b where b.session.offer = :offer and b.status in :active",
                        Long.class).setParameter("offer", offer).setParameter("active", BookingStatus.ACTIVE)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Who may run sessions: the active inspectorate accounts of the circonscription (all of them for
     * an admin) and the active trainers from outside the inspectorate (TRAINER accounts).
     */
    public List<TrainerChoice> trainerChoices() {
        Account me = caller.account();
        return em.createQuery("select a from Account a where (:inspector member of a.roles or :trainer member of a.roles) "
                        + "and a.deactivatedAt is null order by a.lastName, a.firstName", Account.class)
                .setParameter("inspector", Role.INSPECTOR).setParameter("trainer", Role.TRAINER).getResultStream()
                .filter(a -> me.hasRole(Role.ADMIN) || a.hasRole(Role.TRAINER) && !a.hasRole(Role.INSPECTOR)
                        || a.circonscription() != null && me.circonscription() != null
                        && a.circonscription().id().equals(me.circonscription().id()))
                .map(a -> new TrainerChoice(a.username(), a.displayName())).toList();
    }

    private void cancel(TrainingSession session, Instant now) {
        var told = session.cancelSession(now);
        em.flush();
        told.forEach(entry -> mails.sessionCancelled(entry.getKey(), entry.getValue() == BookingStatus.CONFIRMED));
        session.trainers().forEach(t -> trainerMails.cancelled(session, t, now));
    }

    private OfferSummary view(TrainingOffer offer) {
        List<TrainingSession> sessions = sessionsOf(offer);
        return SessionViews.of(offer, sessions, holidays.calendar(), clashes.of(sessions));
    }

    private SessionSummary view(TrainingSession session) {
        return SessionViews.of(session, null, holidays.calendar(), clashes.of(List.of(session)));
    }

    /** The offer's sessions in id order: the order their rows are locked in when all change (a set's order too). */
    private List<TrainingSession> sessionsOf(TrainingOffer offer) {
        return em.createQuery("select s from TrainingSession s where s.offer = :o order by s.id", TrainingSession.class)
                .setParameter("o", offer).getResultList();
    }

    private Circonscription circonscription(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("offer.circonscription.required");
        }
        Uai uai = Uai.of(code);
        return em.createQuery("select c from Circonscription c where c.code.value = :code", Circonscription.class)
                .setParameter("code", uai.value()).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("offer.circonscription.required"));
    }

    private List<School> schools(List<String> uais) {
        List<String> codes = (uais == null ? List.<String>of() : uais).stream().map(code -> Uai.of(code).value())
                .distinct().toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        List<School> found = em.createQuery("select s from School s where s.uai.value in :codes", School.class)
                .setParameter("codes", codes).getResultList();
        codes.stream().filter(code -> found.stream().noneMatch(s -> s.uai().value().equals(code))).findFirst()
                .ifPresent(code -> {
                    throw new RuleViolation("offer.target.schoolUnknown", code);
                });
        return found;
    }

    private List<Account> trainers(List<String> usernames) {
        List<String> names = (usernames == null ? List.<String>of() : usernames).stream()
                .map(Account::normalizeUsername).distinct().toList();
        if (names.isEmpty()) {
            return List.of();
        }
        List<Account> found = em.createQuery("select a from Account a where a.username in :names", Account.class)
                .setParameter("names", names).getResultList();
        names.stream().filter(name -> found.stream().noneMatch(a -> a.username().equals(name))).findFirst()
                .ifPresent(name -> {
                    throw new RuleViolation("session.trainer.unknown", name);
                });
        return found;
    }
}
