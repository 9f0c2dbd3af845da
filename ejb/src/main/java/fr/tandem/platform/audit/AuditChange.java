package fr.tandem.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One attribute of an audited change, values as text ({@code null} when there was none); for a
 * collection, {@code before} lists what was removed and {@code after} what was added.
 */
@Schema(description = "One attribute of an audited change, values as text; for a collection, before lists what was "
        + "removed and after what was added.")
public record AuditChange(
        @Schema(required = true) String attribute,
        @Schema(description = "The value before, absent when there was none") String before,
        @Schema(description = "The value after, absent when there is none") String after) {
}
