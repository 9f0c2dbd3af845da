package fr.tandem.training.model;

import fr.tandem.platform.persistence.BoundedCount;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the catalogue and the number of sessions that match in all.
 * {@code total} is exact when {@code totalExact}; otherwise more than {@link BoundedCount#BOUND}
 * sessions match and {@code total} is {@code BOUND + 1}, a lower bound.
 */
@Schema(description = "One page of the catalogue of sessions and how many sessions match in all.")
public record CataloguePage(
        @Schema(required = true, description = "How many sessions match; a lower bound when totalExact is false.", example = "42")
        long total,
        @Schema(required = true, description = "Whether total is exact; false when more than the counting bound match.")
        boolean totalExact,
        @Schema(required = true, description = "The sessions of this page, soonest first.")
        List<SessionSummary> items) {

    /** A page with a total counted by {@link BoundedCount}. */
    public CataloguePage(long total, List<SessionSummary> items) {
        this(total, BoundedCount.exact(total), items);
    }
}
