package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.time.Clocks;
import fr.tandem.training.Certificate;
import fr.tandem.training.OutsideHours;
import fr.tandem.training.OutsideHoursDetails;
import fr.tandem.training.OutsideHoursStatus;
import fr.tandem.training.control.OutsideHoursMails;
import fr.tandem.training.model.OutsideHoursSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Hours done outside Tandem: a teacher declares them with a certificate, sees where each stands and
 * withdraws one that waits; an inspector of the teacher's circonscription (today) lists those that
 * wait, opens their certificate, validates or refuses them with a reason (the teacher is told by mail). A declaration of another
 * teacher or circonscription answers as if it did not exist.
 */
@Stateless
@RolesAllowed({"TEACHER", "INSPECTOR"})
public class OutsideHoursDeclarations {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    OutsideHoursMails mails;

    /**
     * Declares hours done outside Tandem, waiting for the inspector.
     *
     * @throws fr.tandem.platform.RuleViolation for a detail missing or out of bounds, or a certificate that is
     *         missing, too large, or not a PDF, PNG or JPEG by its content
     */
    @RolesAllowed("TEACHER")
    public OutsideHoursSummary declare(OutsideHoursDetails details, String fileName, byte[] content) {
        Certificate certificate = Certificate.of(fileName, content);
        Instant now = clock.instant();
        OutsideHours declared = new OutsideHours(caller.account(), details, certificate,
                LocalDate.ofInstant(now, Clocks.PARIS), now);
        em.persist(declared);
        em.flush();
        return OutsideHoursSummary.of(declared);
    }

    /** The caller's declarations, newest first. */
    @RolesAllowed("TEACHER")
    public List<OutsideHoursSummary> mine() {
        return em.createQuery("select o from OutsideHours o where o.teacher = :me order by o.declaredAt desc, o.id desc",
                        OutsideHours.class)
                .setParameter("me", caller.account()).getResultStream().map(OutsideHoursSummary::of).toList();
    }

    /** The caller withdraws a declaration of theirs that still waits. */
    @RolesAllowed("TEACHER")
    public OutsideHoursSummary withdraw(long id) {
        OutsideHours declaration = locked(id);
        if (!declaration.teacher().id().equals(caller.account().id())) {
            throw new NotFound("outsideHours.notFound");
        }
        declaration.withdraw(clock.instant());
        return OutsideHoursSummary.of(declaration);
    }

    /** The declarations waiting of the teachers of the inspector's circonscription, oldest first. */
    @RolesAllowed("INSPECTOR")
    public List<OutsideHoursSummary> waiting() {
        return em.createQuery("select o from OutsideHours o where o.status = :pending "
                        + "and o.teacher.school.circonscription = :c order by o.declaredAt, o.id", OutsideHours.class)
                .setParameter("pending", OutsideHoursStatus.PENDING)
                .setParameter("c", caller.account().circonscription()).getResultStream()
                .map(OutsideHoursSummary::of).toList();
    }

    /**
     * The inspector validates a declaration (the hours count) or refuses it with a reason.
     *
     * @throws fr.tandem.platform.RuleViolation {@code outsideHours.reason.required} for a refusal without a reason,
     *         {@code outsideHours.decided} when it no longer waits
     */
    @RolesAllowed("INSPECTOR")
    public OutsideHoursSummary decide(long id, boolean validated, String reason) {
        OutsideHours declaration = locked(id);
        Account me = caller.account();
        if (!ofMyCirconscription(me, declaration)) {
            throw new NotFound("outsideHours.notFound");
        }
        if (validated) {
            declaration.validate(me, clock.instant());
        } else {
            declaration.refuse(me, reason, clock.instant());
        }
        mails.decided(declaration);
        return OutsideHoursSummary.of(declaration);
    }

    /** The certificate of a declaration: for its teacher and the inspectors of their circonscription. */
    public Certificate certificate(long id) {
        OutsideHours declaration = em.find(OutsideHours.class, id);
        Account me = caller.account();
        boolean mine = declaration != null && declaration.teacher().id().equals(me.id());
        if (declaration == null || !mine && !(me.hasRole(Role.INSPECTOR) && ofMyCirconscription(me, declaration))
                || declaration.certificateErased()) {
            throw new NotFound("outsideHours.notFound");
        }
        return declaration.certificate();
    }

    private OutsideHours locked(long id) {
        OutsideHours declaration = em.find(OutsideHours.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (declaration == null) {
            throw new NotFound("outsideHours.notFound");
        }
        return declaration;
    }

    private static boolean ofMyCirconscription(Account inspector, OutsideHours declaration) {
        return inspector.circonscription() != null && declaration.teacher().school() != null
                && declaration.teacher().school().circonscription().id().equals(inspector.circonscription().id());
    }
}
