package fr.tandem.licence.boundary;

import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceReminder;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.ReminderKind;
import fr.tandem.licence.ReminderStages;
import fr.tandem.licence.control.ReminderPlanner;
import fr.tandem.licence.control.ReminderSettings;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One pass of licence alerts at the clock's instant: each active licence in its own transaction,
 * its row locked, the alert row (unique per licence, kind and stage), the mails to city staff and
 * the in-app notice written together. A stage therefore fires once, across passes, restarts and
 * servers; renewed and cancelled licences are left alone. Called by the timer and by staff (a pass
 * run by one city's staff runs every city's licences). The mails go to the staff of the licence's
 * city only, each written in its recipient's language.
 */
@Stateless
@PermitAll
public class ReminderRun {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    ReminderPlanner planner;

    @Inject
    ReminderSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Runs every active licence that may be due something; answers the number of alerts fired. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runDue() {
        ReminderRun self = context.getBusinessObject(ReminderRun.class);
        ReminderStages stages = self.stages();
        int fired = 0;
        for (Long id : self.candidates(stages)) {
            fired += self.fireFor(id, stages);
        }
        return fired;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ReminderStages stages() {
        return settings.stages();
    }

    /** Active licences ending within the longest stage, or watching their free seats. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> candidates(ReminderStages stages) {
        LocalDate today = planner.today();
        return em.createQuery("select l.id from Licence l where l.status = :active and l.validUntil >= :today "
                        + "and (l.validUntil <= :horizon or l.lowSeatThreshold is not null) order by l.id", Long.class)
                .setParameter("active", LicenceStatus.ACTIVE).setParameter("today", today)
                .setParameter("horizon", today.plusDays(stages.days().get(0))).getResultList();
    }

    /** Fires what one licence is due, in its own transaction; answers how many alerts fired. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fireFor(long licenceId, ReminderStages stages) {
        Licence licence = em.find(Licence.class, licenceId, LockModeType.PESSIMISTIC_WRITE);
        List<LicenceReminder> past = em.createQuery("select r from LicenceReminder r where r.licence = :l",
                LicenceReminder.class).setParameter("l", licence).getResultList();
        int fired = 0;
        Optional<Integer> stage = planner.expiryStageDue(licence, stages,
                past.stream().filter(r -> r.kind() == ReminderKind.EXPIRY).map(LicenceReminder::stageDays).toList());
        if (stage.isPresent()) {
            em.persist(new LicenceReminder(licence, ReminderKind.EXPIRY, stage.get(), clock.instant()));
            int days = stage.get();
            tellCityStaff(licence, "expiry-" + days, texts -> texts.text("licence.expiry.subject",
                            licence.product().name(), texts.date("licence.day.pattern", licence.validUntil())),
                    texts -> texts.text("licence.expiry.body", licence.id(), licence.product().name(),
                            texts.date("licence.day.pattern", licence.validUntil()), days));
            fired++;
        }
        Optional<LicenceReminder> lowSeats = past.stream().filter(r -> r.kind() == ReminderKind.LOW_SEATS).findFirst();
        if (planner.lowSeatsDue(licence, lowSeats.isPresent())) {
            em.persist(new LicenceReminder(licence, ReminderKind.LOW_SEATS, 0, clock.instant()));
            Integer free = licence.freeSeats(planner.today());
            tellCityStaff(licence, "low-seats-" + clock.instant().toEpochMilli(),
                    texts -> texts.text("licence.lowSeats.subject", licence.product().name(), free),
                    texts -> texts.text("licence.lowSeats.body", licence.id(), licence.product().name(), free,
                            licence.seats(), licence.lowSeatThreshold()));
            fired++;
        } else if (planner.lowSeatsRearmed(licence, lowSeats.isPresent())) {
            em.remove(lowSeats.get());
        }
        em.flush();
        return fired;
    }

    private void tellCityStaff(Licence licence, String what, Function<TextBundle, String> subject,
                               Function<TextBundle, String> body) {
        List<Account> staff = em.createQuery("select distinct a from Account a join a.roles r where r = :staff "
                + "and a.active = :yes and a.city = :city order by a.username", Account.class)
                .setParameter("staff", Role.CITY_STAFF).setParameter("yes", Boolean.TRUE)
                .setParameter("city", licence.city()).getResultList();
        for (Account person : staff) {
            TextBundle texts = TextBundle.of(TextBundle.MAILS, person.language());
            outbox.enqueue("licence-" + licence.id() + "-" + what + "-" + person.username(), person.email(),
                    subject.apply(texts), body.apply(texts), null, null);
        }
    }
}
