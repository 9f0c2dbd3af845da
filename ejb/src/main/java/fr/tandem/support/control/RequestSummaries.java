package fr.tandem.support.control;

import fr.tandem.equipment.Equipment;
import fr.tandem.people.Account;
import fr.tandem.support.RequestStatus;
import fr.tandem.support.SupportRequest;
import fr.tandem.support.model.RequestSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A request as its callers see it: its facts, due times against the service levels, and what may follow. */
@Dependent
public class RequestSummaries {

    @Inject
    Clock clock;

    @Inject
    ServiceLevels serviceLevels;

    /** The requests summed up with the service levels as stored now. */
    public List<RequestSummary> summaries(List<SupportRequest> requests) {
        ServiceLevels.Due due = serviceLevels.load();
        Instant now = clock.instant();
        return requests.stream().map(r -> summary(r, due, now, false)).toList();
    }

    /** The school's requests summed up, each saying whether it holds a reply of the city not read yet. */
    public List<RequestSummary> summaries(List<SupportRequest> requests, Set<Long> unread) {
        ServiceLevels.Due due = serviceLevels.load();
        Instant now = clock.instant();
        return requests.stream().map(r -> summary(r, due, now, unread.contains(r.id()))).toList();
    }

    /** The request summed up as of {@code now}. */
    public RequestSummary summary(SupportRequest request, Instant now) {
        return summary(request, serviceLevels.load(), now, false);
    }

    private static RequestSummary summary(SupportRequest r, ServiceLevels.Due due, Instant now, boolean unread) {
        Equipment item = r.equipment();
        Account assignee = r.assignee();
        boolean reopenable = (r.status() == RequestStatus.RESOLVED || r.status() == RequestStatus.CLOSED)
                && r.resolvedAt() != null && !now.isAfter(r.resolvedAt().plus(SupportRequest.REOPEN_DELAY));
        return new RequestSummary(r.id(), r.school().uai().value(), r.school().name(), item == null ? null : item.id(),
                item == null ? null : item.serialNumber(), item == null ? null : item.type(), r.room(), r.category(),
                r.subject(), r.status(), r.requester().displayName(), assignee == null ? null : assignee.username(),
                assignee == null ? null : assignee.displayName(), r.createdAt(), r.firstAnsweredAt(),
                due.firstAnswer(r), r.resolvedAt(), due.resolution(r), due.overdue(r, now),
                r.referredToInspectorAt(), reopenable, r.version(), unread);
    }
}
