package fr.tandem.platform.persistence;

import jakarta.persistence.TypedQuery;

/**
 * Counts the rows a list matches exactly up to a bound, and says "more than the bound" beyond it,
 * so that a count costs the same whatever the size of the table: counting every one of 100 000
 * rows for the line above a table (and the pager) grows with the table, while nobody pages past
 * the thousandth row of a list instead of refining the search.
 */
public final class BoundedCount {

    /** Counted exactly up to this number of rows. */
    public static final int BOUND = 1_000;

    private BoundedCount() {
    }

    /**
     * The number of rows a select of one column per matching row finds, stopping at
     * {@code BOUND + 1}: a count above {@link #BOUND} means "more than {@code BOUND}".
     */
    public static long of(TypedQuery<?> rows) {
        return rows.setFirstResult(0).setMaxResults(BOUND + 1).getResultList().size();
    }

    /** Whether a count made here is the exact number of rows (at most the bound), not "more than the bound". */
    public static boolean exact(long count) {
        return count <= BOUND;
    }
}
