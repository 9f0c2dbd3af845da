package fr.tandem.school.control;

import java.util.List;

/** An Annuaire file as read: the charset it was written in and the outcome of each of its data lines. */
public record AnnuaireFile(String charset, List<AnnuaireLine> lines) {

    public AnnuaireFile {
        lines = List.copyOf(lines);
    }

    /** The schools of the accepted lines, in file order. */
    public List<AnnuaireSchool> schools() {
        return lines.stream().filter(line -> !line.isSkipped()).map(AnnuaireLine::school).toList();
    }

    /** The lines that were skipped, in file order. */
    public List<AnnuaireLine> skipped() {
        return lines.stream().filter(AnnuaireLine::isSkipped).toList();
    }
}
