package fr.tandem.platform.audit;

import fr.tandem.platform.persistence.BoundedCount;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A window of the audit trail, newest first, and how many events match in all.
 * {@code total} is exact when {@code totalExact}; otherwise more than {@link BoundedCount#BOUND}
 * events match and {@code total} is {@code BOUND + 1}, a lower bound.
 */
@Schema(description = "One page of the audit trail, newest first, and how many events match in all.")
public record AuditPage(
        @Schema(required = true, description = "How many events match in all: exact when totalExact, otherwise a "
                + "lower bound (the count stops past a bound)") long total,
        @Schema(required = true, description = "Whether total is the exact count") boolean totalExact,
        @Schema(required = true, description = "The events of the page, newest first") List<AuditEntry> items) {

    /** A page with a total counted by {@link BoundedCount}. */
    public AuditPage(long total, List<AuditEntry> items) {
        this(total, BoundedCount.exact(total), items);
    }
}
