package fr.tandem.dashboard.model;

import java.util.List;

/**
 * One card of a home page: how many items wait ({@code total}) and the first of them ({@code items}), so a long list
 * stays a short card with its count.
 */
public record HomeList<T>(long total, List<T> items) {

    /** The whole list counted, its first {@code limit} items kept. */
    public static <T> HomeList<T> of(List<T> all, int limit) {
        return new HomeList<>(all.size(), List.copyOf(all.subList(0, Math.min(limit, all.size()))));
    }

    public static <T> HomeList<T> empty() {
        return new HomeList<>(0, List.of());
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
