package fr.tandem.platform.api;

import fr.tandem.platform.RuleViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads optional query parameters that JAX-RS would otherwise refuse with a bare 404 (a day, one
 * of an enum's names): blank means absent, anything else unreadable is a rule violation whose
 * message quotes what was sent.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A day written yyyy-mm-dd, or null when blank. */
    public static LocalDate day(String text, String refusalKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            throw new RuleViolation(refusalKey, text.strip());
        }
    }

    /** One of the enum's constants by its name, or null when blank. */
    public static <E extends Enum<E>> E choice(Class<E> type, String text, String refusalKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation(refusalKey, text.strip());
        }
    }
}
