package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.RequestFigures;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.SupportRequest;
import fr.tandem.support.control.ServiceLevels;
import fr.tandem.training.SchoolYear;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Open and overdue requests now, and the service levels met by the school year's requests, per
 * category, with the clocks of the support module (working hours, no holidays).
 */
@Dependent
public class RequestSection {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    Clock clock;

    public RequestFigures of(DashboardFilter filter, SchoolYear year) {
        Scope scope = new Scope(filter);
        ServiceLevels.Due due = serviceLevels.load();
        Instant now = clock.instant();
        List<SupportRequest> requests = em.createQuery("select r from SupportRequest r join fetch r.school",
                SupportRequest.class).getResultStream().filter(r -> scope.keeps(r.school())).toList();
        List<RequestFigures.Row> rows = new ArrayList<>();
        long[] total = new long[6];
        for (RequestCategory category : RequestCategory.values()) {
            long[] sums = new long[6];
            for (SupportRequest request : requests) {
                if (request.category() != category) {
                    continue;
                }
                sums[0] += request.status().open() ? 1 : 0;
                sums[1] += due.overdue(request, now) ? 1 : 0;
                boolean ofTheYear = !request.createdAt().isBefore(year.start()) && request.createdAt().isBefore(year.end());
                if (ofTheYear && request.firstAnsweredAt() != null) {
                    sums[2]++;
                    sums[3] += request.firstAnsweredAt().isAfter(due.firstAnswer(request)) ? 0 : 1;
                }
                if (ofTheYear && request.resolvedAt() != null) {
                    sums[4]++;
                    sums[5] += request.resolvedAt().isAfter(due.resolution(request)) ? 0 : 1;
                }
            }
            rows.add(new RequestFigures.Row(category.name(), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]));
            for (int i = 0; i < total.length; i++) {
                total[i] += sums[i];
            }
        }
        return new RequestFigures(total[0], total[1], total[2], total[3], total[4], total[5], rows);
    }
}
