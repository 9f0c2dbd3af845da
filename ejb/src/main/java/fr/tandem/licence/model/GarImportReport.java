package fr.tandem.licence.model;

import java.util.List;

/**
 * The result of a GAR import: counts, and one line per subscription or CSV line with what
 * happened (CREATED, UPDATED, UNCHANGED, SKIPPED) and, for a skipped one, why.
 */
public record GarImportReport(int created, int updated, int unchanged, int skipped, List<Line> lines) {

    /** One subscription (by its index in the file) or CSV line (by its number). */
    public record Line(int line, String reference, String outcome, String reason) {
    }
}
