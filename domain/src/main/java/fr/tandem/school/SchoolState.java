package fr.tandem.school;

import java.text.Normalizer;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Administrative state of a school; a closed school keeps its history. */
@Schema(description = "The school's administrative state (the Annuaire's: open, to be closed, closed); a closed "
        + "school keeps its history.")
public enum SchoolState {
    OPEN,
    TO_CLOSE,
    CLOSED;

    /**
     * Reads the Annuaire's {@code etat} ("OUVERT", "A FERMER", "FERME"); returns {@code null} for
     * a value it does not know.
     */
    public static SchoolState fromAnnuaire(String raw) {
        String value = raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replace('_', ' ');
        return switch (value) {
            case "OUVERT", "" -> OPEN;
            case "A FERMER" -> TO_CLOSE;
            case "FERME" -> CLOSED;
            default -> null;
        };
    }
}
