package fr.tandem.school.model;

import fr.tandem.platform.persistence.BoundedCount;
import java.util.List;

/**
 * A window of the school list and how many schools match in all.
 * {@code total} is exact when {@code totalExact}; otherwise more than {@link BoundedCount#BOUND}
 * schools match and {@code total} is {@code BOUND + 1}, a lower bound.
 */
public record SchoolPage(long total, boolean totalExact, List<SchoolSummary> items) {

    /** A page with a total counted by {@link BoundedCount}. */
    public SchoolPage(long total, List<SchoolSummary> items) {
        this(total, BoundedCount.exact(total), items);
    }
}
