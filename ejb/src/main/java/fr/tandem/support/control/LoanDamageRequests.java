package fr.tandem.support.control;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.model.LoanDamaged;
import fr.tandem.people.Account;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.school.School;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.SupportRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Turns a kit returned damaged or incomplete into the borrower's hardware request to the city on the
 * kit's first item, in the check-in's transaction (a failure undoes the check-in), with its usual mails.
 */
@Dependent
public class LoanDamageRequests {

    /** The longest subject a request takes. */
    private static final int SUBJECT_MAX = 150;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    SupportMails mails;

    @Inject
    Clock clock;

    void open(@Observes LoanDamaged damage) {
        Account requester = em.find(Account.class, damage.requesterId());
        School school = em.find(School.class, damage.schoolId());
        Equipment item = em.find(Equipment.class, damage.equipmentId());
        String subject = TextBundle.of(TextBundle.MAILS, requester.language()).text("loans.request.subject",
                damage.kitName());
        SupportRequest request = new SupportRequest(requester, school, item, null, RequestCategory.HARDWARE,
                subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject,
                damage.description(), false, clock.instant());
        em.persist(request);
        em.flush();
        mails.stepDone(request);
    }
}
