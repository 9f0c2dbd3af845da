package fr.tandem.school;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Membership of the éducation prioritaire network (the Annuaire's column is empty, REP or REP+). */
@Schema(description = "Membership of the éducation prioritaire network: NONE, REP or REP_PLUS (REP+).")
public enum PriorityEducation {
    NONE,
    REP,
    REP_PLUS;

    /**
     * Reads the Annuaire's spelling; returns {@code null} for a value it does not know so that
     * the caller can report it.
     */
    public static PriorityEducation fromAnnuaire(String raw) {
        String value = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "" -> NONE;
            case "REP" -> REP;
            case "REP+", "REP PLUS", "REP_PLUS" -> REP_PLUS;
            default -> null;
        };
    }
}
