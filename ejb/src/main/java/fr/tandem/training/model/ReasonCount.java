package fr.tandem.training.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many refusals or late cancellations gave one reason (its code, e.g. {@code SESSION_FULL}). */
@Schema(description = "How many refusals or late cancellations gave one reason.")
public record ReasonCount(
        @Schema(required = true, description = "The reason's code (a RefusalReason or CancellationReason).", example = "SESSION_FULL")
        String reason,
        @Schema(required = true) long count) {
}
