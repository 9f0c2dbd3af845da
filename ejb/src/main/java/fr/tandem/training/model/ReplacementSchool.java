package fr.tandem.training.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school whose teachers are away in training on a day: how many of them, so how many replacements. */
@Schema(description = "A school whose teachers are away in training on a day.")
public record ReplacementSchool(
        @Schema(required = true, example = "0341234X") String uai,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Its teachers away, so the replacements it needs.")
        int teachers) {
}
