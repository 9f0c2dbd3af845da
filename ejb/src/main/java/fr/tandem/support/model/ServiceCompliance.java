package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For the partnership dashboard: per category, the open requests (and how many are overdue), and
 * among the requests answered or resolved, how many were within the target.
 */
@Schema(description = "A category's requests against its service level: open and overdue now, and answered and "
        + "resolved within their targets or not.")
public record ServiceCompliance(
        @Schema(required = true) RequestCategory category,
        @Schema(required = true, description = "Requests neither resolved nor closed.") long open,
        @Schema(required = true, description = "Requests past a due time now.") long overdue,
        @Schema(required = true, description = "Requests the city answered.") long answered,
        @Schema(required = true, description = "Among those answered, the ones answered by their due time.")
        long answeredOnTime,
        @Schema(required = true, description = "Requests resolved.") long resolved,
        @Schema(required = true, description = "Among those resolved, the ones resolved by their due time.")
        long resolvedOnTime) {
}
