package fr.tandem.platform.audit;

import fr.tandem.platform.persistence.BoundedCount;
import java.util.List;

/**
 * A window of the audit trail, newest first, and how many events match in all.
 * {@code total} is exact when {@code totalExact}; otherwise more than {@link BoundedCount#BOUND}
 * events match and {@code total} is {@code BOUND + 1}, a lower bound.
 */
public record AuditPage(long total, boolean totalExact, List<AuditEntry> items) {

    /** A page with a total counted by {@link BoundedCount}. */
    public AuditPage(long total, List<AuditEntry> items) {
        this(total, BoundedCount.exact(total), items);
    }
}
