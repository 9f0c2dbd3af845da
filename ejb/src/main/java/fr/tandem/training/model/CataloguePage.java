package fr.tandem.training.model;

import fr.tandem.platform.persistence.BoundedCount;
import java.util.List;

/**
 * One page of the catalogue and the number of sessions that match in all.
 * {@code total} is exact when {@code totalExact}; otherwise more than {@link BoundedCount#BOUND}
 * sessions match and {@code total} is {@code BOUND + 1}, a lower bound.
 */
public record CataloguePage(long total, boolean totalExact, List<SessionSummary> items) {

    /** A page with a total counted by {@link BoundedCount}. */
    public CataloguePage(long total, List<SessionSummary> items) {
        this(total, BoundedCount.exact(total), items);
    }
}
