package fr.tandem.platform;

/**
 * The one paging convention of the API's lists: a window of {@code size} rows from row
 * {@code first} (0 the first row), {@code size} {@value #DEFAULT_SIZE} when not given and at most
 * {@value #MAX_SIZE}. Each paged answer holds {@code total}, {@code totalExact} and {@code items}.
 */
public final class Paging {

    /** The rows of a page when the client names no size. */
    public static final int DEFAULT_SIZE = 20;
    /** The most rows a page holds. */
    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    /**
     * Refuses a window the convention does not allow: {@code first} negative, or {@code size} not
     * between 1 and {@link #MAX_SIZE}.
     *
     * @throws RuleViolation {@code paging.window} with what was sent and the maximum
     */
    public static void check(int first, int size) {
        if (first < 0 || size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("paging.window", Integer.toString(first), Integer.toString(size),
                    Integer.toString(MAX_SIZE));
        }
    }

    /** A size within the convention, for internal callers that clamp rather than refuse: the default when below 1. */
    public static int clamp(int size) {
        return size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }
}
