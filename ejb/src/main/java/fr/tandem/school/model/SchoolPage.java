package fr.tandem.school.model;

import fr.tandem.platform.persistence.BoundedCount;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A window of the school list and how many schools match in all.
 * {@code total} is exact when {@code totalExact}; otherwise more than {@link BoundedCount#BOUND}
 * schools match and {@code total} is {@code BOUND + 1}, a lower bound.
 */
@Schema(description = "One page of the schools that match a search, and how many match in all.")
public record SchoolPage(
        @Schema(required = true, description = "How many schools match in all: exact when totalExact, otherwise a "
                + "lower bound (the count stops past a bound)") long total,
        @Schema(required = true, description = "Whether total is the exact count") boolean totalExact,
        @Schema(required = true, description = "The schools of the page, in the order asked for")
        List<SchoolSummary> items) {

    /** A page with a total counted by {@link BoundedCount}. */
    public SchoolPage(long total, List<SchoolSummary> items) {
        this(total, BoundedCount.exact(total), items);
    }
}
