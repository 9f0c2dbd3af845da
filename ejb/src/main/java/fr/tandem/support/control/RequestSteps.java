package fr.tandem.support.control;

import fr.tandem.people.Account;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.school.School;
import fr.tandem.support.SupportRequest;
import fr.tandem.support.model.RequestSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * One step of the request workflow, whoever takes it: the request's row locked, the step applied
 * by the caller at the clock's time, then the mails of the new messages queued in the same
 * transaction.
 */
@Dependent
public class RequestSteps {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    RequestSummaries summaries;

    @Inject
    SupportMails mails;

    /** A change made to a request by the caller at a time. */
    @FunctionalInterface
    public interface Step {
        void apply(SupportRequest request, Account caller, Instant now);
    }

    /** Applies the step to the locked request the caller may see, then queues its mails. */
    public RequestSummary apply(long id, Step step) {
        SupportRequest request = em.find(SupportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        Account me = caller.account();
        if (request == null || !request.visibleTo(me) || !inCallersCity(request.school())) {
            throw new NotFound("support.notFound");
        }
        Instant now = clock.instant();
        int before = request.messages().size();
        step.apply(request, me, now);
        em.flush();
        if (request.messages().size() > before) {
            mails.stepDone(request);
        }
        return summaries.summary(request, now);
    }

    /** Whether the school is of the caller's city (any school, for the roles not confined to a city). */
    public boolean inCallersCity(School school) {
        Long city = caller.confinedToCityId();
        return city == null || school.city() != null && city.equals(school.city().id());
    }
}
