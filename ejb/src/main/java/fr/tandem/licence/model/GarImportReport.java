package fr.tandem.licence.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result of a GAR import: counts, and one line per subscription or CSV line with what
 * happened (CREATED, UPDATED, UNCHANGED, SKIPPED) and, for a skipped one, why.
 */
@Schema(description = "What a GAR import did: counts, and each subscription or CSV line with its outcome.")
public record GarImportReport(
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true, description = "Subscriptions or lines not imported") int skipped,
        @Schema(required = true) List<Line> lines) {

    /** One subscription (by its index in the file) or CSV line (by its number). */
    @Schema(name = "GarImportLine", description = "One subscription (by its index in the file) or CSV line (by its "
            + "number) of a GAR import and what became of it.")
    public record Line(
            @Schema(required = true, description = "The subscription's index in the file, or the CSV line's number")
            int line,
            @Schema(description = "The subscription's id (idAbonnement)") String reference,
            @Schema(required = true, enumeration = {"CREATED", "UPDATED", "UNCHANGED", "SKIPPED"}) String outcome,
            @Schema(description = "Why it was skipped, in the client's language (Accept-Language)") String reason) {
    }
}
