package fr.tandem.equipment.control;

import fr.tandem.equipment.LoanPool;
import fr.tandem.equipment.Reservation;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.mail.Outbox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The loan mails, queued in the outbox in the step's transaction, one key per event and recipient,
 * each in its recipient's language: a request to the pool's managers, the decision to the requester,
 * and a late return to the borrower once a day.
 */
@Dependent
public class LoanMails {

    @Inject
    Outbox outbox;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** A new request: the pool's managers hear of it (the city's staff, and the owning school's head teachers). */
    public void requested(Reservation r) {
        for (Account manager : managers(r.kit().pool())) {
            TextBundle texts = TextBundle.of(TextBundle.MAILS, manager.language());
            outbox.enqueue("loan-" + r.id() + "-requested-" + manager.username(), manager.email(),
                    texts.text("loans.requested.subject", r.kit().name(), r.school().name()),
                    texts.text("loans.requested.body", r.kit().name(), r.school().name(), r.requester().displayName(),
                            day(texts, r.startsOn()), day(texts, r.endsOn()), r.note() == null ? "" : r.note()),
                    null, null);
        }
    }

    public void approved(Reservation r) {
        TextBundle texts = TextBundle.of(TextBundle.MAILS, r.requester().language());
        outbox.enqueue("loan-" + r.id() + "-approved", r.requester().email(),
                texts.text("loans.approved.subject", r.kit().name()),
                texts.text("loans.approved.body", r.kit().name(), day(texts, r.startsOn()), day(texts, r.endsOn())),
                null, null);
    }

    public void refused(Reservation r) {
        TextBundle texts = TextBundle.of(TextBundle.MAILS, r.requester().language());
        outbox.enqueue("loan-" + r.id() + "-refused", r.requester().email(),
                texts.text("loans.refused.subject", r.kit().name()),
                texts.text("loans.refused.body", r.kit().name(), day(texts, r.startsOn()), day(texts, r.endsOn()),
                        r.refusalReason()), null, null);
    }

    /** A late return, on {@code today}: the key carries the date, so a day's reminder goes once. */
    public void late(Reservation r, LocalDate today) {
        TextBundle texts = TextBundle.of(TextBundle.MAILS, r.requester().language());
        outbox.enqueue("loan-" + r.id() + "-late-" + today, r.requester().email(),
                texts.text("loans.late.subject", r.kit().name()),
                texts.text("loans.late.body", r.kit().name(), day(texts, r.endsOn())), null, null);
    }

    private static String day(TextBundle texts, LocalDate date) {
        return texts.date("loans.day.pattern", date);
    }

    private List<Account> managers(LoanPool pool) {
        List<Account> managers = new ArrayList<>(em.createQuery("select distinct a from Account a join a.roles r "
                        + "where r = :staff and a.active = :yes and a.city = :city order by a.username", Account.class)
                .setParameter("staff", Role.CITY_STAFF).setParameter("yes", Boolean.TRUE)
                .setParameter("city", pool.city()).getResultList());
        if (pool.school() != null) {
            managers.addAll(em.createQuery("select distinct a from Account a join a.roles r where r = :head "
                            + "and a.active = :yes and a.school = :school order by a.username", Account.class)
                    .setParameter("head", Role.HEAD_TEACHER).setParameter("yes", Boolean.TRUE)
                    .setParameter("school", pool.school()).getResultList());
        }
        return managers;
    }
}
