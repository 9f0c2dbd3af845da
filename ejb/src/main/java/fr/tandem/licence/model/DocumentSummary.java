package fr.tandem.licence.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document of a licence, without its content. */
@Schema(description = "A document of a licence (contract, invoice), without its content.")
public record DocumentSummary(
        @Schema(required = true) long id,
        @Schema(required = true) long licenceId,
        @Schema(required = true, description = "contrat.pdf") String fileName,
        @Schema(required = true, description = "The media type its name gave it", example = "application/pdf")
        String contentType,
        @Schema(required = true, description = "Its size, in bytes") int byteSize,
        @Schema(required = true, description = "When it was uploaded, an instant in UTC",
                example = "2026-11-20T09:15:00Z")
        Instant uploadedAt) {
}
