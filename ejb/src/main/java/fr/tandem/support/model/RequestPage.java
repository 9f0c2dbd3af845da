package fr.tandem.support.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A window of the city staff's queue and how many requests it holds in all. The queue is filtered
 * and sorted whole (its overdue flag is computed, not stored), so {@code total} is always exact.
 */
@Schema(description = "One page of the city staff's queue and how many requests match in all.")
public record RequestPage(
        @Schema(required = true, description = "How many requests match in all (exact when totalExact).")
        long total,
        @Schema(required = true, description = "Whether total is the exact number of requests that match; always "
                + "true for the queue.") boolean totalExact,
        @Schema(required = true, description = "The requests of the page, in the queue's order.")
        List<RequestSummary> items) {
}
