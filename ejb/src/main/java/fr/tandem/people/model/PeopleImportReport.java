package fr.tandem.people.model;

import java.util.List;

/**
 * What a people import would do (a preview, nothing written) or did: counts, every line in file
 * order, the leavers, and how many accounts were deactivated and invited.
 */
public record PeopleImportReport(String charset, boolean applied, int created, int updated, int unchanged,
                                 int skipped, int deactivated, int invited, List<PeopleImportLine> lines,
                                 List<PeopleLeaver> leavers) {

    public PeopleImportReport {
        lines = List.copyOf(lines);
        leavers = List.copyOf(leavers);
    }

    public int total() {
        return created + updated + unchanged + skipped;
    }
}
