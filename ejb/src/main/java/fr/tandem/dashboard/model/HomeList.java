package fr.tandem.dashboard.model;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One card of a home page: how many items wait ({@code total}) and the first of them ({@code items}), so a long list
 * stays a short card with its count.
 */
@Schema(description = "One card of a home page: how many items wait and the first of them.")
public record HomeList<T>(
        @Schema(required = true, description = "How many items wait in all.")
        long total,
        @Schema(required = true, description = "The first of them.") List<T> items) {

    /** The whole list counted, its first {@code limit} items kept. */
    public static <T> HomeList<T> of(List<T> all, int limit) {
        return new HomeList<>(all.size(), List.copyOf(all.subList(0, Math.min(limit, all.size()))));
    }

    public static <T> HomeList<T> empty() {
        return new HomeList<>(0, List.of());
    }

    /** Whether nothing waits; not sent, {@code total} says it. */
    @JsonbTransient
    public boolean isEmpty() {
        return total == 0;
    }
}
