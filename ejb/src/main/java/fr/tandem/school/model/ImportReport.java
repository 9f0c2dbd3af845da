package fr.tandem.school.model;

import java.util.List;

/**
 * The result of an Annuaire import: counts, and the lines that created, updated or skipped a
 * school (unchanged lines are only counted).
 */
public record ImportReport(String charset, int created, int updated, int unchanged, int skipped,
                           int circonscriptionsCreated, List<ImportReportLine> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public int total() {
        return created + updated + unchanged + skipped;
    }
}
